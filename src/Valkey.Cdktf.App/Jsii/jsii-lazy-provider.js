// Preloaded into the jsii runtime's Node.js process (NODE_OPTIONS=--require, set by
// scripts/env.sh). The AWS provider package's main entry, lib/index.js, is 2,212 lines of
//   exports.someResource = require("./some-resource");
// so loading the package requires every resource's module although a stack uses a few:
// 4.7 s of a 6.5 s synth. This rewrites, as the file is compiled, each such line into a
// getter that requires the submodule on first access. Exports, names and values are the
// same; only when each submodule loads changes. A file of any other shape is left as it is.
"use strict";
const Module = require("module");

const entry = /[\\/]@cdktf[\\/]provider-aws[\\/](?:.*[\\/])?lib[\\/]index\.js$/;
const line = /^exports\.([A-Za-z_$][A-Za-z0-9_$]*) = require\(("\.\/[^"]+")\);$/gm;
const compile = Module.prototype._compile;

Module.prototype._compile = function compileLazily(content, filename) {
  if (entry.test(filename)) {
    const eager = (content.match(/require\(/g) || []).length;
    let lazy = 0;
    const rewritten = content.replace(line, (_, name, spec) => {
      lazy++;
      return `Object.defineProperty(exports, "${name}", { enumerable: true, configurable: true, get() {` +
        ` const m = require(${spec});` +
        ` Object.defineProperty(exports, "${name}", { value: m, enumerable: true, configurable: true, writable: true });` +
        ` return m; } });`;
    });
    // Only when every require was of the expected form; otherwise keep the original.
    if (lazy > 0 && lazy === eager) content = rewritten;
  }
  return compile.call(this, content, filename);
};
