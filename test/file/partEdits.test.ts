// The package-part helpers the chart code and the writer use: new elements in the producer's prefix,
// unique relationship ids, a rels part created when absent, overrides replaced rather than doubled.
import { CT, REL, addOverride, addRelationship } from '../../src/file/partEdits';
import { outline, strictErrors } from './strictXml';

const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const PKG_CT = 'http://schemas.openxmlformats.org/package/2006/content-types';

it('creates a rels part when there is none', () => {
  const { xml, id } = addRelationship(null, REL.table, '../tables/table1.xml');
  expect(strictErrors(xml)).toEqual([]);
  const [root, rel] = outline(xml, 1);
  expect([root.uri, root.local]).toEqual([PKG_REL, 'Relationships']);
  expect(rel.attrs).toEqual({ Id: id, Type: REL.table, Target: '../tables/table1.xml' });
});

it('adds to a prefixed rels part with the producer prefix and a fresh id; strict types in strict packages', () => {
  const strict = `<pr:Relationships xmlns:pr="${PKG_REL}"><pr:Relationship Id="rId2" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet" Target="a.xml"/></pr:Relationships>`;
  const { xml, id } = addRelationship(strict, REL.worksheet, 'b.xml');
  expect(id).toMatch(/^rId\d+$/);
  expect(id).not.toBe('rId2');
  expect(strictErrors(xml)).toEqual([]);
  const added = outline(xml, 1)[2];
  expect([added.prefix, added.uri, added.attrs.Type]).toEqual(['pr', PKG_REL, 'http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet']);
  expect(['rId2', id]).not.toContain(addRelationship(xml, REL.worksheet, 'c.xml').id);
});

it('replaces an override for the same part (case-insensitive) instead of doubling it', () => {
  const ct = `<?xml version="1.0"?><t:Types xmlns:t="${PKG_CT}"><t:Override PartName="/XL/Charts/Chart1.xml" ContentType="old"/></t:Types>`;
  const xml = addOverride(ct, '/xl/charts/chart1.xml', CT.worksheet);
  expect(strictErrors(xml)).toEqual([]);
  const overrides = outline(xml, 1).slice(1);
  expect(overrides.map((o) => [o.prefix, o.attrs.PartName, o.attrs.ContentType])).toEqual([['t', '/xl/charts/chart1.xml', CT.worksheet]]);
});
