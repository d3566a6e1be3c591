import { describe, expect, it } from 'vitest';
import { checkChangedPaths, classifyPath, may, powersOf, ROLES, writeProblem, type Power } from '../../src/domain/roles.js';
import { verifyChanges } from '../../src/domain/verify.js';

const roles = { lan: 'lead', mod: 'moderator', men: 'mentor', bir: 'blogger-in-residence', ss: 'student-success', odd: 'wizard' };
const cohort = { roles };

describe('the permission table', () => {
  const table: [string, Power, boolean[]][] = [
    // lead, moderator, mentor, blogger-in-residence, student-success
    ['changes the rules and roles', 'change-rules', [true, false, false, false, false]],
    ['assigns pods', 'assign-pods', [true, false, false, false, false]],
    ['hides an entry\'s title and URL', 'hide-entry', [true, true, false, false, false]],
    ['removes feedback', 'remove-feedback', [true, true, false, false, false]],
    ['pins a post of the day', 'pin-post', [true, false, false, true, false]],
    ['is featured on the pages', 'featured', [false, false, false, true, false]],
    ['sees the pods they mentor', 'see-mentees', [true, false, true, false, false]],
    ['nudges the pods they mentor', 'nudge-mentees', [true, false, true, false, false]],
    ['sees who is at risk', 'see-at-risk', [true, false, false, false, true]],
    ['nudges any member', 'nudge-members', [true, false, false, false, true]],
  ];
  it.each(table)('%s', (_, power, expected) => {
    expect(ROLES.map((role) => may(role, power))).toEqual(expected);
  });

  it.each([undefined, 'member', 'wizard', 'Lead', '__proto__', 'constructor'])('%s may do nothing', (role) => {
    expect(powersOf(role)).toEqual([]);
  });
});

describe('classifyPath', () => {
  it.each([
    ['wotn-cohort.json', { kind: 'rules' }],
    ['pods.json', { kind: 'pods' }],
    ['members/lan.json', { kind: 'card', handle: 'lan' }],
    ['progress/lan.json', { kind: 'progress', handle: 'lan' }],
    ['feedback/lan.json', { kind: 'feedback', handle: 'lan' }],
    ['actions/mod.json', { kind: 'actions', handle: 'mod' }],
    ['feedback/../lan.json', { kind: 'other' }],
    ['feedback/-x.json', { kind: 'other' }],
    ['feedback/lan.json.bak', { kind: 'other' }],
    ['site/index.html', { kind: 'other' }],
    ['Feedback/lan.json', { kind: 'other' }],
  ])('%s', (path, expected) => expect(classifyPath(path)).toEqual(expected));
});

describe('who may write what', () => {
  it.each([
    ['a member, their own feedback', 'minh', 'feedback/minh.json', undefined],
    ['a member, another\'s feedback (a kudos in their name)', 'minh', 'feedback/lan.json', 'minh may not change lan\'s feedback'],
    ['a member, their own card', 'minh', 'members/minh.json', undefined],
    ['a member, an actions file of their own', 'minh', 'actions/minh.json', 'minh has no role that acts (member); only moderators, mentors, bloggers-in-residence, student-success leads and leads keep an actions file'],
    ['an unknown role, an actions file', 'odd', 'actions/odd.json', 'odd has no role that acts (wizard); only moderators, mentors, bloggers-in-residence, student-success leads and leads keep an actions file'],
    ['a moderator, their actions', 'mod', 'actions/mod.json', undefined],
    ['a moderator, someone\'s feedback (removes it by an action instead)', 'mod', 'feedback/minh.json', 'mod may not change minh\'s feedback'],
    ['a moderator, someone\'s progress (hides by an action instead)', 'mod', 'progress/minh.json', 'mod may not change minh\'s progress'],
    ['a mentor, their actions', 'men', 'actions/men.json', undefined],
    ['a mentor, the pods', 'men', 'pods.json', 'men may not change the pods; only a lead assigns them'],
    ['a blogger-in-residence, their actions', 'bir', 'actions/bir.json', undefined],
    ['student-success, their actions', 'ss', 'actions/ss.json', undefined],
    ['student-success, another\'s actions', 'ss', 'actions/mod.json', 'ss may not change mod\'s actions'],
    ['a moderator, the rules', 'mod', 'wotn-cohort.json', 'mod may not change the cohort\'s rules or roles; only a lead may'],
    ['a member, the site', 'minh', 'site/index.html', 'minh is not a lead and may change only members/minh.json, progress/minh.json and feedback/minh.json'],
    ['a file name in other letters', 'minh', 'feedback/MINH.json', 'minh may not change MINH\'s feedback'],
    ['a lead, anything', 'lan', 'pods.json', undefined],
    ['a lead, another\'s feedback', 'lan', 'feedback/minh.json', undefined],
    ['a lead in other letters', 'LAN', 'site/index.html', undefined],
  ])('%s', (_, actor, path, expected) => expect(writeProblem(path, actor, cohort)).toBe(expected));

  it('checkChangedPaths agrees with verifyChanges on the files both know', () => {
    const commits = [{ sha: 'a1', paths: ['members/minh.json', 'progress/minh.json', 'progress/lan.json', 'README.md'] }];
    const mine = checkChangedPaths(commits, 'minh', cohort).map((v) => [v.commit, v.path]);
    expect(mine).toEqual(verifyChanges(commits, 'minh', roles).map((v) => [v.commit, v.path]));
    expect(checkChangedPaths(commits, 'lan', cohort)).toEqual([]);
  });
});
