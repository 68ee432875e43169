// SPEC.md, Validation: an unrecognised genre is a warning and counts as 消息 (or the first genre of the rules).
import { FALLBACK_GENRE } from '../genres';
import type { RowRule } from './rowCheck';

export const genreUnknown: RowRule = (row, run) => {
  const genreText = row.text('genre');
  const genre = genreText ? run.genreOf(genreText) : FALLBACK_GENRE;
  if (genre) { row.genre = genre; return; }
  const { genres } = run.ctx.rules;
  row.genre = genres.includes(FALLBACK_GENRE) ? FALLBACK_GENRE : genres[0];
  row.add('genre', 'warning', 'UNKNOWN_GENRE', `体裁“${genreText}”无法识别，按“${row.genre}”计`, genreText);
};
