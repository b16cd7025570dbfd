// TOON side of the DX comparison, run by `compare` with node:
//   node toon.mjs encode <docs.json>   prints a JSON array: the TOON text of each document
//   node toon.mjs conformance          prints {passed, total, failed}: the reference encoder
//                                      against @toon-format/spec's encode fixtures
import { readFileSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, dirname } from 'node:path'
import { encode } from '@toon-format/toon'

const [mode, file] = process.argv.slice(2)

if (mode === 'encode') {
  const docs = JSON.parse(readFileSync(file, 'utf8'))
  process.stdout.write(JSON.stringify(docs.map((doc) => encode(doc))))
} else if (mode === 'conformance') {
  const require = createRequire(import.meta.url)
  const dir = join(dirname(require.resolve('@toon-format/spec/package.json')), 'tests/fixtures/encode')
  let passed = 0
  let total = 0
  const failed = []
  for (const name of readdirSync(dir).sort()) {
    for (const test of JSON.parse(readFileSync(join(dir, name), 'utf8')).tests) {
      total += 1
      let out
      try {
        out = encode(test.input, test.options ?? {})
      } catch (e) {
        out = `error: ${e.message}`
      }
      if (out === test.expected) passed += 1
      else failed.push(`${name}: ${test.name}`)
    }
  }
  process.stdout.write(JSON.stringify({ passed, total, failed }))
} else {
  process.stderr.write('usage: node toon.mjs encode <docs.json> | conformance\n')
  process.exit(2)
}
