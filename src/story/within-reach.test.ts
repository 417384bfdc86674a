import { describe, expect, it } from 'vitest';
import { loadDefinitions } from '../records/definitions/load-definitions.js';
import { prominence, type WithinReach } from './within-reach.js';

const definitions = new Map(loadDefinitions().map(({ definition }) => [definition.id, definition]));

function reach(definitionId: string, kind: WithinReach['kind'], current: number, target: number, need: number): WithinReach {
  return {
    id: `reach:${definitionId}`,
    kind,
    definitionId,
    title: definitionId,
    book: 'book',
    subject: { kind: 'player', key: 'p1', name: 'Lionel Messi', team: 'Argentina' },
    current,
    target,
    need,
    unit: 'goal',
    holders: [],
    asOf: '2022-12-18',
  };
}

describe('what a preview puts first among the records within reach', () => {
  it('Klose one goal from breaking the World Cup scoring record (2014) outranks a player two goals from 25 international goals', () => {
    const worldCupRecord = reach('wc-men-most-goals-career', 'break', 15, 15, 1);
    const milestone = reach('intl-player-goal-milestones', 'milestone_goals', 23, 25, 2);
    expect(prominence(worldCupRecord, definitions.get(worldCupRecord.definitionId))).toBeGreaterThan(
      prominence(milestone, definitions.get(milestone.definitionId)),
    );
  });

  it("a World Cup career record outranks the same distance to the all-internationals one, and nearer outranks farther", () => {
    const worldCup = reach('wc-men-most-goals-career', 'equal', 14, 16, 2);
    const international = reach('intl-most-goals-career', 'equal', 107, 109, 2);
    expect(prominence(worldCup, definitions.get(worldCup.definitionId))).toBeGreaterThan(prominence(international, definitions.get(international.definitionId)));
    const nearer = reach('wc-men-most-goals-career', 'equal', 15, 16, 1);
    expect(prominence(nearer, definitions.get(nearer.definitionId))).toBeGreaterThan(prominence(worldCup, definitions.get(worldCup.definitionId)));
  });
});
