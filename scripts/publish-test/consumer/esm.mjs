// ESM: import each package and report what resolved where (checked by the test runner).
const names = [
  "@noxus/client",
  "@noxus/client/node",
  "@noxus/auth",
  "@noxus/workspace",
  "@noxus/workspace/node",
  "@noxus/local",
];
const report = {};
for (const name of names) {
  const module = await import(name);
  report[name] = { exports: Object.keys(module).sort(), resolved: import.meta.resolve(name) };
}
console.log(JSON.stringify(report));
