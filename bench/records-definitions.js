// The record definitions the records benchmark runs over the synthetic world: the built-in
// catalogue re-scoped to the synthetic competitions (the "Orbis Cup" stands in for the World Cup,
// the "Continental Champions Cup" for the UEFA club competitions), and the club definitions again
// over every domestic league, so that every one of the 1,000,000 matches is in some record book.
import { loadBuiltInCatalogue } from '../dist/records/definitions/load-definitions.js';

const STAND_INS = {
  'fifa-world-cup': { men: 'Orbis Cup', women: "Orbis Women's Cup" },
  'uefa-club': { men: 'Continental Champions Cup', women: 'Continental Champions Cup' },
};

function rescoped(definition, competition, suffix) {
  const { family: _family, ...scope } = definition.scope;
  return { ...definition, id: `${definition.id}${suffix}`, scope: { ...scope, competition } };
}

/** @param {string[]} leagueNames the stored names of the synthetic domestic leagues */
export function benchDefinitions(leagueNames) {
  const catalogue = loadBuiltInCatalogue().map((loaded) => loaded.definition);
  const definitions = [];
  for (const definition of catalogue) {
    const family = definition.scope.family;
    if (family === 'fifa-world-cup' || family === 'uefa-club') {
      definitions.push(rescoped(definition, STAND_INS[family][definition.scope.sex === 'women' ? 'women' : 'men'], ''));
    } else {
      definitions.push(definition);
    }
    if (family === 'uefa-club' && leagueNames.length > 0) {
      definitions.push({ ...rescoped(definition, leagueNames, '-leagues'), scope: { ...rescoped(definition, leagueNames, '').scope, books: 'per-competition' } });
    }
  }
  return definitions;
}
