// Command-line arguments of `publicity-ledger calc`, parsed strictly (unknown options are errors).
export interface CalcArgs {
  command: 'calc';
  input: string;
  period?: string;
  out?: string;
  json?: string;
  notice?: string;
}

export type ParsedArgs = CalcArgs | { command: 'help' } | { command: 'version' };

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const HELP = `用法 Usage:
  publicity-ledger calc <台账.xlsx> [--period 2026Q3] [--out 结果.xlsx] [--json 报告.json] [--notice 通报.docx]

统计稿件登记台账：排名、稿酬、任务进度、校验、通报，结果写入工作簿副本（原台账不改动）。
Compute rankings, stipends, quota progress, validation and the notice from an article ledger;
results are written to a copy of the workbook (the ledger itself is never modified).

选项 Options:
  --period <期间>  统计期间：2026Q3（季度）、2026-07（月）、2026H1（半年）、2026（年）；
                   默认为有数据的最近一个季度。
                   Period: quarter, month, half-year or year; default: the latest quarter with data.
  --out <文件>     结果工作簿；默认在台账旁边生成 <台账名>-<期间>.xlsx。
                   Result workbook; default <ledger-name>-<period>.xlsx beside the ledger.
  --json <文件>    另存 JSON 报告（字段见 SPEC.md）。Also write the JSON report.
  --notice <文件>  另存公文格式的通报（Word .docx，发文单位和主送在“统计规则”中设置；
                   命令行版以表格代替图表）。Also write the notice as a Word document
                   (issuing office and addressees set in 统计规则; tables instead of charts).
  -h, --help       显示本帮助。Show this help.
  -v, --version    显示版本。Show the version.

退出码 Exit codes: 0 成功（即使有校验问题）success, even with validation problems;
  1 无法读取文件/未找到台账/设置有误/期间无效 unreadable file, no ledger, settings or period error;
  2 参数错误 bad arguments.`;

export function parseArgs(argv: string[]): ParsedArgs {
  if (argv.length === 0) throw new UsageError('缺少命令。 (Missing command.)');
  if (argv.some((a) => a === '-h' || a === '--help' || a === 'help')) return { command: 'help' };
  if (argv.some((a) => a === '-v' || a === '--version')) return { command: 'version' };
  const [command, ...rest] = argv;
  if (command !== 'calc') throw new UsageError(`未知命令“${command}”，目前只支持 calc。 (Unknown command; only "calc" exists.)`);
  const out: Partial<CalcArgs> = { command: 'calc' };
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const eq = a.indexOf('=');
    const name = a.startsWith('--') ? (eq > 0 ? a.slice(2, eq) : a.slice(2)) : null;
    if (name === null) {
      positional.push(a);
      continue;
    }
    if (!['period', 'out', 'json', 'notice'].includes(name)) throw new UsageError(`未知选项“${a}”。 (Unknown option.)`);
    const value = eq > 0 ? a.slice(eq + 1) : rest[++i];
    if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) {
      throw new UsageError(`选项 --${name} 缺少取值。 (Option --${name} needs a value.)`);
    }
    (out as Record<string, string>)[name] = value;
  }
  if (positional.length === 0) throw new UsageError('缺少台账文件路径。 (Missing the ledger file path.)');
  if (positional.length > 1) throw new UsageError(`多余的参数：${positional.slice(1).join(' ')}。 (Too many arguments.)`);
  return { ...out, input: positional[0] } as CalcArgs;
}
