// Parse an AsyncAPI document with the reference parser (@asyncapi/parser), then validate every
// message example against its message's payload schema (ajv, draft-07: AsyncAPI's schema dialect).
// Prints a JSON list of reports, one per document; exits 1 when, for any of them, the parser reports
// an error, cannot build the document, or an example does not match its schema.
// Usage: node validate-asyncapi.mjs <path>... (one process for several: the parser takes seconds to load)
import { readFileSync } from "node:fs";
import { Parser } from "@asyncapi/parser";
import Ajv from "ajv";
import addFormats from "ajv-formats";

const parser = new Parser();

async function check(path) {
  const { document, diagnostics } = await parser.parse(readFileSync(path, "utf8"), { source: path });
  // Spectral severities: 0 error, 1 warning, 2 info, 3 hint.
  const names = ["error", "warning", "info", "hint"];
  const found = diagnostics.map((d) => ({
    severity: names[d.severity] ?? String(d.severity),
    code: d.code,
    path: d.path.join("."),
    message: d.message,
  }));
  const errors = found.filter((d) => d.severity === "error");

  const badExamples = [];
  let examplesChecked = 0;
  if (document !== undefined) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    for (const message of document.allMessages().all()) {
      const payload = message.payload();
      if (!payload) continue;
      const validate = ajv.compile(payload.json());
      for (const example of message.examples().all()) {
        examplesChecked += 1;
        if (!validate(example.payload())) {
          badExamples.push({ message: message.id(), example: example.name(), errors: validate.errors });
        }
      }
    }
  }
  return {
    parsed: document !== undefined,
    version: document?.version(),
    channels: document ? document.channels().all().map((c) => c.address()) : [],
    examplesChecked,
    badExamples,
    diagnostics: found,
    ok: document !== undefined && errors.length === 0 && badExamples.length === 0,
  };
}

const reports = [];
for (const path of process.argv.slice(2)) reports.push({ path, ...(await check(path)) });
console.log(JSON.stringify(reports, null, 1));
process.exit(reports.every((r) => r.ok) ? 0 : 1);
