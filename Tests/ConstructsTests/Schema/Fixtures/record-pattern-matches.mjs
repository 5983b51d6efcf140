// Records how ECMAScript (Node.js, `u` flag) matches every `pattern` of the resource schemas and overlays
// against a set of probe values, for SchemaPatternTests:
//
//     node Tests/ConstructsTests/Schema/Fixtures/record-pattern-matches.mjs > Tests/ConstructsTests/Schema/Fixtures/pattern-matches.json
//
// A few schema patterns are not valid with the `u` flag because they were written for other engines: an
// escaped character without a meaning (`\_`) and Python's `\Z`. They are recorded as cfn-lint reads them:
// the character itself, and the end of the value.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("../../../../Tools/generate-l1/", import.meta.url).pathname;
const patterns = new Set();
function collect(value) {
  if (Array.isArray(value)) return value.forEach(collect);
  if (value === null || typeof value !== "object") return;
  for (const [key, member] of Object.entries(value)) {
    if (key === "pattern" && typeof member === "string") patterns.add(member);
    if (key === "patternProperties") Object.keys(member).forEach((name) => patterns.add(name));
    collect(member);
  }
}
for (const folder of ["Schemas", "Overlays"]) {
  for (const name of readdirSync(join(root, folder)).filter((file) => file.endsWith(".json")).sort()) {
    collect(JSON.parse(readFileSync(join(root, folder, name), "utf8")));
  }
}

const probes = [
  "", "a", "Z", "abc", "ABC", "a1", "1a", "-", "_", ".", "a.", "a-", "a--b", "a-b", "orders-api", "UPPER CASE ü",
  "x y", " ", "\t", "\n", "a\n", "\na", "a\r", "a\u2028", "\u00a0", "\u3000", "\ufeff", "\u0085", "\u001c",
  "é", "ü", "Ω", "١٢", "٣", "𝟘", "🚀", "ab_cd", "a/b", "/", "/a/", "//", "/a b/", "\\", "aws:tag", "Aws:tag",
  "tag:aws", "00:00", "23:59", "24:00", "99:abc", "9:5", "<b>", "a>b", "{x}", "[x]", "$x", "*", "#1", "a,b",
  "p@ss word", "pass/word1234567890", "valkey", "redis", "Valkey", "sg-0123456789abcdef0", "sg_1",
  "subnet-0123456789abcdef0", "alias/my-key", "alias/", "alias/a b", "lambda:InvokeFunction", "lambda:*", "*",
  "o-abcdefghij", "o-ABC", "123456789012", "12345678901", "/mnt/efs", "/mnt/", "arn:aws:iam::123456789012:role/x",
  "arn:aws:iam::123456789012:policy/p", "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
  "arn:aws:lambda:us-east-1:123456789012:function:f", "arn:aws:lambda:us-east-1:123456789012:function:f:$LATEST",
  "arn:aws:kms:us-east-1:123456789012:key/abc", "arn:aws:kms:us-east-1:123456789012:key/abc\n",
  "arn:aws:elasticache:us-east-1:123456789012:serverlesscachesnapshot:s",
  "arn:aws:elasticache:us-east-1:123456789012:snapshot:s", "arn:aws:ssm:us-east-1:123456789012:parameter/p",
  "arn:aws:s3:::bucket", "not-an-arn", "f", "my_function-1", "function:f", "us-east-1:123456789012:f",
  "a".repeat(65), "b".repeat(513), "x".repeat(300) + "\n", "log/group#1", "log group",
];

const results = {};
for (const source of [...patterns].sort()) {
  let regex;
  try {
    regex = new RegExp(source, "u");
  } catch {
    const cfnLintReading = source.replace(/\\Z/g, "$").replace(/\\([_])/g, "$1");
    regex = new RegExp(cfnLintReading, "u");
  }
  results[source] = probes.map((probe) => (regex.test(probe) ? "1" : "0")).join("");
}
process.stdout.write(JSON.stringify({ probes, results }, null, 1) + "\n");
