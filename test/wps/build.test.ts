// The built WPS add-in (npm run build:wps, run by npm test before jest): the XML files are well-formed for a
// strict parser (xmllint), the manifests name the add-in folder, its entry page defines the callbacks
// ribbon.xml names and the 宣传统计 button opens taskpane.html, and install.sh installs it beside other add-ins.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { JSDOM } from 'jsdom';

const DIST = path.join(__dirname, '../../dist-wps');
const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '../../package.json'), 'utf8')) as { name: string; version: string };
const FOLDER = `${pkg.name}_${pkg.version}`;
const ADDIN = path.join(DIST, FOLDER);

/** xmllint with an XPath query: fails the test on any XML error. */
function xpath(file: string, query: string): string {
  return execFileSync('xmllint', ['--nonet', '--xpath', query, file], { encoding: 'utf8' }).trim();
}

function read(file: string): string {
  return fs.readFileSync(file, 'utf8');
}

beforeAll(() => {
  if (!fs.existsSync(ADDIN)) throw new Error(`${ADDIN} is missing: run npm run build:wps first`);
});

describe('built WPS add-in (dist-wps)', () => {
  it('ribbon.xml is well-formed customUI with a 宣传统计 button on the 开始 tab', () => {
    const file = path.join(ADDIN, 'ribbon.xml');
    execFileSync('xmllint', ['--nonet', '--noout', file]);
    const ns = "namespace-uri(/*)";
    expect(xpath(file, `string(${ns})`)).toBe('http://schemas.microsoft.com/office/2006/01/customui');
    const tab = "/*[local-name()='customUI']/*[local-name()='ribbon']/*[local-name()='tabs']/*[local-name()='tab'][@idMso='TabHome']";
    expect(xpath(file, `string(${tab}//*[local-name()='button']/@label)`)).toBe('宣传统计');
    expect(xpath(file, `string(${tab}//*[local-name()='button']/@onAction)`)).toBe('ribbon.OnAction');
  });

  it('jsplugins.xml and publish.xml name the add-in folder, as an ET (表格) add-in', () => {
    const online = path.join(DIST, 'jsplugins.xml');
    expect(xpath(online, 'string(/jsplugins/jspluginonline/@type)')).toBe('et');
    expect(xpath(online, 'string(/jsplugins/jspluginonline/@name)')).toBe(pkg.name);
    expect(xpath(online, 'string(/jsplugins/jspluginonline/@url)')).toMatch(new RegExp(`^https?://.+/${FOLDER}/$`));
    const local = path.join(DIST, 'publish.xml');
    expect(xpath(local, 'string(/jsplugins/jsplugin/@url)')).toBe(FOLDER);
    expect(xpath(local, 'string(/jsplugins/jsplugin/@version)')).toBe(pkg.version);
    expect(xpath(local, 'string(/jsplugins/jsplugin/@type)')).toBe('et');
    expect(JSON.parse(read(path.join(ADDIN, 'package.json')))).toMatchObject({ name: pkg.name, addonType: 'et' });
  });

  it('the entry page defines every ribbon callback and the button toggles a task pane on taskpane.html', () => {
    const html = read(path.join(ADDIN, 'index.html'));
    const scripts = [...html.matchAll(/<script[^>]*src=["']?([^"' >]+)/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    const dom = new JSDOM(html, { runScripts: 'outside-only', url: `http://127.0.0.1:8080/${FOLDER}/index.html` });
    const created: Array<{ url: string; pane: { ID: number; Visible: boolean } }> = [];
    const storage = new Map<string, string>();
    (dom.window as unknown as { Application: unknown }).Application = {
      CreateTaskPane: (url: string) => {
        const pane = { ID: 7, Visible: false };
        created.push({ url, pane });
        return pane;
      },
      GetTaskPane: (id: number) => created.find((c) => c.pane.ID === id)!.pane,
      PluginStorage: { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: unknown) => storage.set(k, String(v)) },
    };
    for (const s of scripts) dom.window.eval(read(path.join(ADDIN, s)));
    const ribbon = (dom.window as unknown as { ribbon: Record<string, (c: unknown) => unknown> }).ribbon;
    const callbacks = [...read(path.join(ADDIN, 'ribbon.xml')).matchAll(/="ribbon\.(\w+)"/g)].map((m) => m[1]);
    expect(callbacks).toEqual(expect.arrayContaining(['OnAddinLoad', 'OnAction', 'GetImage']));
    for (const c of callbacks) expect(typeof ribbon[c]).toBe('function');
    expect(fs.existsSync(path.join(ADDIN, ribbon.GetImage({ Id: 'btnPublicityLedger' }) as string))).toBe(true);
    ribbon.OnAction({ Id: 'btnPublicityLedger' });
    expect(created).toHaveLength(1);
    expect(created[0].url).toBe(`http://127.0.0.1:8080/${FOLDER}/taskpane.html`);
    expect(created[0].pane.Visible).toBe(true);
    ribbon.OnAction({ Id: 'btnPublicityLedger' });
    expect(created).toHaveLength(1); // the same pane, hidden
    expect(created[0].pane.Visible).toBe(false);
    const pane = read(path.join(ADDIN, 'taskpane.html'));
    for (const m of pane.matchAll(/<script[^>]*src=["']?([^"' >]+)/g)) expect(fs.existsSync(path.join(ADDIN, m[1]))).toBe(true);
  });

  it('install.sh installs into a jsaddons folder, keeping other add-ins, and a rerun lists it once', () => {
    const dest = fs.mkdtempSync(path.join(os.tmpdir(), 'jsaddons-'));
    fs.writeFileSync(path.join(dest, 'publish.xml'), '<jsplugins>\n  <jsplugin name="other" type="wps" url="other_1.0" version="1.0"/>\n</jsplugins>\n');
    const env = { ...process.env, WPS_JSADDONS: dest };
    execFileSync('sh', [path.join(DIST, 'install.sh')], { env });
    execFileSync('sh', [path.join(DIST, 'install.sh')], { env });
    const publish = path.join(dest, 'publish.xml');
    expect(xpath(publish, 'count(/jsplugins/jsplugin)')).toBe('2');
    expect(xpath(publish, `string(/jsplugins/jsplugin[@name='${pkg.name}']/@url)`)).toBe(FOLDER);
    expect(xpath(publish, "string(/jsplugins/jsplugin[@name='other']/@url)")).toBe('other_1.0');
    expect(fs.existsSync(path.join(dest, FOLDER, 'ribbon.xml'))).toBe(true);
    fs.rmSync(dest, { recursive: true, force: true });
  });
});
