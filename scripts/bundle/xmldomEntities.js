// Stands in for @xmldom/xmldom/lib/entities.js in the CLI bundle (webpack.node.config.js). The CLI parses XML
// only, which needs the five predefined XML entities; xmldom's 2,000-odd HTML entities, frozen one by one when the
// module loads, cost about 10 ms of every CLI start. They stay reachable: the real module loads on first use.
'use strict';

const { freeze } = require('@xmldom/xmldom/lib/conventions');

exports.XML_ENTITIES = freeze({ amp: '&', apos: "'", gt: '>', lt: '<', quot: '"' });

for (const name of ['HTML_ENTITIES', 'entityMap']) {
  Object.defineProperty(exports, name, {
    enumerable: true,
    get: () => require('@xmldom/xmldom/lib/entities.js')[name],
  });
}
