// A downstream service written in Node: reads cases.routed with kafkajs, validates every record
// against the published JSON Schema(s) with ajv, and keeps the highest revision per case_id
// (the documented rule, docs/contract.md). Prints {"event":"ready"} once it has joined its group,
// then, when it stops, a JSON summary on stdout.
//
// It stops once it has read the number of records a line {"expect_records": N} on stdin names
// (the test knows it only after the replay), or at --deadline-ms. Usage:
//   node consume-cases.mjs --bootstrap host:port --topic cases.routed --schema a.json [--schema b.json]
//        [--deadline-ms 120000]
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { Kafka, logLevel } from "kafkajs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const { values: args } = parseArgs({
  options: {
    bootstrap: { type: "string" },
    topic: { type: "string" },
    schema: { type: "string", multiple: true },
    "deadline-ms": { type: "string", default: "120000" },
  },
});
let expectRecords = null;
createInterface({ input: process.stdin }).on("line", (line) => {
  expectRecords = JSON.parse(line).expect_records;
});
const deadline = Date.now() + Number(args["deadline-ms"]);

// One ajv per schema: the published schema and its released snapshot share an $id.
const validators = args.schema.map((path) => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  return { path, validate: ajv.compile(JSON.parse(readFileSync(path, "utf8"))) };
});

const latest = new Map(); // case_id -> the highest revision seen
const summary = { records: 0, invalid: [], stale: 0, keyMismatch: 0, partitions: new Set() };

// The documented rule: a record whose revision is not higher than the one held is a duplicate,
// or an older revision arriving late; ignore it.
function onCase(record) {
  const held = latest.get(record.case_id);
  if (held !== undefined && record.revision <= held.revision) {
    summary.stale += 1;
    return;
  }
  latest.set(record.case_id, record);
}

const kafka = new Kafka({ clientId: "mentionflow-foreign-node", brokers: args.bootstrap.split(","), logLevel: logLevel.ERROR });
const consumer = kafka.consumer({ groupId: `foreign-node-${process.pid}-${Date.now()}`, allowAutoTopicCreation: false });
consumer.on(consumer.events.GROUP_JOIN, () => console.log(JSON.stringify({ event: "ready" })));
await consumer.connect();
await consumer.subscribe({ topic: args.topic, fromBeginning: true });
await consumer.run({
  eachMessage: async ({ partition, message }) => {
    summary.records += 1;
    summary.partitions.add(partition);
    const record = JSON.parse(message.value.toString("utf8"));
    for (const { path, validate } of validators) {
      if (!validate(record)) {
        summary.invalid.push({ schema: path, partition, offset: message.offset, errors: validate.errors.slice(0, 3) });
      }
    }
    if (message.key === null || message.key.toString("utf8") !== record.case_id) summary.keyMismatch += 1;
    onCase(record);
  },
});

while (Date.now() < deadline && !(expectRecords !== null && summary.records >= expectRecords)) {
  await new Promise((resolve) => setTimeout(resolve, 200));
}
await consumer.disconnect();
const cases = {};
for (const [caseId, record] of latest) {
  cases[caseId] = { revision: record.revision, update: record.update, mention_ids: record.mention_ids };
}
console.log(JSON.stringify({
  event: "done",
  records: summary.records,
  invalid: summary.invalid,
  stale: summary.stale,
  keyMismatch: summary.keyMismatch,
  partitions: [...summary.partitions].sort(),
  timedOut: expectRecords === null || summary.records < expectRecords,
  cases,
}));
