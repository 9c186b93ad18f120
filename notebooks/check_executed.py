"""Check executed notebooks: no cell failed, and every cell that draws (plt.show() or draw(...)) has a figure.

    python check_executed.py [--strict] NOTEBOOK...

A drawing cell without a figure must say why ("Nothing to draw: ..."); --strict refuses that too
(the check on the Reuters slice, where every figure has data). Exit 1 with the failing cells listed.
"""
import base64
import sys

import nbformat

MIN_PNG_BYTES = 2000  # an empty matplotlib canvas of the sizes used here is smaller than a drawn figure


def problems(path: str, strict: bool) -> list[str]:
    nb = nbformat.read(path, as_version=4)
    out = []
    figures = 0
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        outputs = cell.get("outputs", [])
        for o in outputs:
            if o.get("output_type") == "error":
                out.append(f"{path}: cell {i} failed: {o.get('ename')}: {o.get('evalue')}")
        pngs = [o["data"]["image/png"] for o in outputs if "data" in o and "image/png" in o["data"]]
        draws = "plt.show()" in cell.source or "draw(" in cell.source
        if not draws or "def " in cell.source:  # a cell that only defines a drawing function
            figures += len(pngs)
            continue
        said = any("Nothing to draw:" in (o.get("text") or "") for o in outputs)
        for png in pngs:
            if len(base64.b64decode(png)) < MIN_PNG_BYTES:
                out.append(f"{path}: cell {i} drew an empty figure")
        figures += len(pngs)
        if not pngs and not said:
            out.append(f"{path}: cell {i} draws nothing and does not say why")
        if not pngs and said and strict:
            out.append(f"{path}: cell {i} had nothing to draw (--strict)")
    explained = any("Nothing to draw:" in (o.get("text") or "") for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []))
    if figures == 0 and not out and (strict or not explained):
        out.append(f"{path}: no figure at all")
    return out


if __name__ == "__main__":
    args = sys.argv[1:]
    strict = "--strict" in args
    paths = [a for a in args if a != "--strict"]
    found = [p for path in paths for p in problems(path, strict)]
    for p in found:
        print(p, file=sys.stderr)
    print(f"checked {len(paths)} notebooks: {'ok' if not found else str(len(found)) + ' problems'}")
    sys.exit(1 if found else 0)
