// A downstream service written in Node: reads cases.routed with kafkajs, validates every record
// against the published JSON Schema(s) with ajv, and keeps the highest revision per case_id
// (the documented rule, docs/contract.md). Prints {"event":"ready"} once it has joined its group,
// then, when it stops, a JSON summary on stdout.
//
// It stops when it holds --expect-cases distinct cases and has seen no record for --idle-ms, or
// at --deadline-ms. Usage:
//   node consume-cases.mjs --bootstrap host:port --topic cases.routed --schema a.json [--schema b.json]
//        --expect-cases N [--idle-ms 3000] [--deadline-ms 120000]
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { Kafka, logLevel } from "kafkajs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const { values: args } = parseArgs({
  options: {
    bootstrap: { type: "string" },
    topic: { type: "string" },
    schema: { type: "string", multiple: true },
    "expect-cases": { type: "string" },
    "idle-ms": { type: "string", default: "3000" },
    "deadline-ms": { type: "string", default: "120000" },
  },
});
const expectCases = Number(args["expect-cases"]);
const idleMs = Number(args["idle-ms"]);
const deadline = Date.now() + Number(args["deadline-ms"]);

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validators = args.schema.map((path) => ({ path, validate: ajv.compile(JSON.parse(readFileSync(path, "utf8"))) }));

const latest = new Map(); // case_id -> the highest revision seen
const summary = { records: 0, invalid: [], stale: 0, keyMismatch: 0, partitions: new Set() };
let lastRecordAt = Date.now();

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
    lastRecordAt = Date.now();
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

while (Date.now() < deadline && !(latest.size >= expectCases && Date.now() - lastRecordAt >= idleMs)) {
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
  timedOut: latest.size < expectCases,
  cases,
}));
