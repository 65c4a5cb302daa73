// A CDN-free API reference built from /openapi.json (DOM calls only).
const el = (tag, text) => { const n = document.createElement(tag); if (text != null) n.textContent = text; return n; };

async function main() {
  const spec = await (await fetch("/openapi.json")).json();
  const box = document.getElementById("endpoints");
  for (const [path, ops] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const sec = el("section");
      sec.className = "panel";
      sec.append(el("h3", `${method.toUpperCase()} ${path}`));
      if (op.description || op.summary) sec.append(el("p", op.description || op.summary));
      const params = op.parameters || [];
      if (params.length) {
        const ul = el("ul");
        for (const p of params) {
          const sch = p.schema || {};
          const type = sch.type || (sch.anyOf || []).map((t) => t.type).filter((t) => t !== "null").join("|");
          ul.append(el("li", `${p.name} (${p.in}, ${type || "any"})${p.required ? " required" : ""}`));
        }
        sec.append(ul);
      }
      box.append(sec);
    }
  }
}

main();
