// SPEC.md, Validation: the level comes from the media directory, else from the ledger's level column; an outlet
// with neither is an error, and a ledger level that disagrees with the directory is a warning (the directory wins).
import type { RowRule } from './rowCheck';

export const levelKnown: RowRule = (row, run) => {
  const { outletText } = row;
  const outlet = run.outletOf(outletText);
  const { listed } = outlet;
  const levelText = row.text('level');
  const ledgerLevel = levelText ? run.levelOf(levelText) : null;
  row.outlet = outlet;
  row.outletKey = outlet.key;
  if (listed) {
    row.level = listed.level;
    if (levelText && ledgerLevel !== listed.level) {
      row.add('level', 'warning', 'LEVEL_MISMATCH', `台账级别“${levelText}”与媒体目录中“${listed.name}”的级别“${listed.level}”不一致，按媒体目录计`, levelText);
    }
  } else if (outletText) {
    row.level = ledgerLevel;
    if (!row.level) {
      row.add(levelText ? 'level' : 'outlet', 'error', 'UNKNOWN_LEVEL', levelText
        ? `级别“${levelText}”无法识别，且媒体“${outletText}”不在媒体目录中`
        : `媒体“${outletText}”不在媒体目录中，且台账没有填写级别`, levelText || outletText);
    }
  }
};
