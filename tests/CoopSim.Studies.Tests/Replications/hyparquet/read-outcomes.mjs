// Reads a replications file with hyparquet (no code shared with Parquet.Net) and prints it as one JSON document:
// the footer's key-value metadata, the row-group sizes and every row as an array of cells (BigInt as number).
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet';

const file = await asyncBufferFromFile(process.argv[2]);
const metadata = await parquetMetadataAsync(file);
const rows = await parquetReadObjects({ file });
const keyValues = Object.fromEntries((metadata.key_value_metadata ?? []).map(kv => [kv.key, kv.value]));
const groups = metadata.row_groups.map(g => Number(g.num_rows));
const columns = metadata.schema.slice(1).map(s => s.name);
const plain = rows.map(r => columns.map(c => typeof r[c] === 'bigint' ? Number(r[c]) : r[c] ?? null));
process.stdout.write(JSON.stringify({ metadata: keyValues, groups, columns, rows: plain }));
