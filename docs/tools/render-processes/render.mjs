// Renders every processes/**/*.bpmn to docs/processes/<name>.svg and <name>.png
// with the bpmn-js viewer inside the system Chromium (no browser download).
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');
const modelsDir = path.join(repoRoot, 'processes');
const outDir = path.join(repoRoot, 'docs/processes');
const viewerScript = path.join(here, 'node_modules/bpmn-js/dist/bpmn-viewer.production.min.js');
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const MAX_WIDTH = 1800; // PNG width in px for wide diagrams
const MAX_SCALE = 2; // small diagrams are enlarged at most this much
const PADDING = 40; // white border around the diagram, in diagram units
const MAX_HEIGHT = 2400;

async function findModels(dir) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...await findModels(full));
    else if (entry.name.endsWith('.bpmn')) found.push(full);
  }
  return found.sort();
}

// bpmn-js gives every arrow head a random marker id; number them in order of appearance
// so that re-rendering an unchanged model gives a byte-identical SVG.
function stableIds(svg, name) {
  const ids = [...new Set([...svg.matchAll(/id="(marker-[a-z0-9]+)"/g)].map((m) => m[1]))];
  const renamed = new Map(ids.map((id, i) => [id, `${name}-marker-${i + 1}`]));
  return svg.replace(/marker-[a-z0-9]+/g, (id) => renamed.get(id) ?? id);
}

const models = await findModels(modelsDir);
if (models.length === 0) throw new Error(`no .bpmn files under ${modelsDir}`);
await mkdir(outDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
  ],
});

try {
  for (const model of models) {
    const name = path.basename(model, '.bpmn');
    const xml = await readFile(model, 'utf8');
    const context = await browser.newContext({ viewport: { width: MAX_WIDTH, height: 1000 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.route('**/*', (route) => route.abort()); // nothing is fetched from anywhere
    await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>
      html, body { margin: 0; padding: 0; background: #fff; overflow: hidden; }
      #canvas { width: ${MAX_WIDTH}px; height: 1000px; }
    </style></head><body><div id="canvas"></div></body></html>`);
    await page.addScriptTag({ path: viewerScript });

    const result = await page.evaluate(async ({ xml, maxWidth, maxScale, padding, maxHeight }) => {
      const container = document.getElementById('canvas');
      const viewer = new window.BpmnJS({ container });
      const { warnings } = await viewer.importXML(xml);
      const canvas = viewer.get('canvas');
      canvas.zoom('fit-viewport');
      const inner = canvas.viewbox().inner; // bounds of all shapes, edges and labels
      const box = {
        x: inner.x - padding,
        y: inner.y - padding,
        width: inner.width + 2 * padding,
        height: inner.height + 2 * padding,
      };
      // Size the canvas to the diagram's aspect ratio, then fit the whole diagram into it.
      const scale = Math.min(maxScale, maxWidth / box.width, maxHeight / box.height);
      const width = Math.round(box.width * scale);
      const height = Math.round(box.height * scale);
      container.style.width = `${width}px`;
      container.style.height = `${height}px`;
      canvas.resized();
      canvas.viewbox(box);
      const { svg } = await viewer.saveSVG();
      return { svg, width, height, warnings: warnings.map((w) => w.message) };
    }, { xml, maxWidth: MAX_WIDTH, maxScale: MAX_SCALE, padding: PADDING, maxHeight: MAX_HEIGHT });

    await page.setViewportSize({ width: Math.max(result.width, 200), height: result.height });
    await writeFile(path.join(outDir, `${name}.svg`), stableIds(result.svg, name) + '\n');
    await page.locator('#canvas').screenshot({ path: path.join(outDir, `${name}.png`) });
    for (const w of result.warnings) console.warn(`  warning (${name}): ${w}`);
    console.log(`${path.relative(repoRoot, model)} -> docs/processes/${name}.svg, ${name}.png (${result.width}x${result.height} px)`);
    await context.close();
  }
} finally {
  await browser.close();
}
