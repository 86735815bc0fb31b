// CommonJS: require() each dual package and report what resolved where.
const names = [
  "@noxus/client",
  "@noxus/client/node",
  "@noxus/auth",
  "@noxus/workspace",
  "@noxus/workspace/node",
];
const report = {};
for (const name of names) {
  const module = require(name);
  report[name] = { exports: Object.keys(module).sort(), resolved: require.resolve(name) };
}
console.log(JSON.stringify(report));
