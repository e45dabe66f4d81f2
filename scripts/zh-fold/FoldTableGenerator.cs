// File-based .NET app (dotnet run FoldTableGenerator.cs): builds the retrieval fold table
// (one Traditional or variant character -> one Simplified character) and the Taiwan -> mainland
// vocabulary list. Run through generate.sh, which dumps the inputs from Debian's opencc and unicode-data.
// Arguments: <TSCharacters.txt> <Unihan_Variants.txt> <TWPhrasesRev.txt> <outdir>
using System.Globalization;
using System.Text;

if (args.Length != 4)
{
    Console.Error.WriteLine("usage: FoldTableGenerator.cs <TSCharacters.txt> <Unihan_Variants.txt> <TWPhrasesRev.txt> <outdir>");
    return 2;
}

var fold = new Dictionary<string, string>(StringComparer.Ordinal);

// OpenCC TSCharacters is the primary source: its first candidate that differs from the key is the common
// Simplified form. Several Traditional characters share one Simplified target (乾/幹 -> 干); for search that
// merge is what we want, which is why this is a fold and never used backwards.
foreach (var line in File.ReadLines(args[0]))
{
    var cols = line.Split('\t');
    if (cols.Length < 2) continue;
    var target = cols[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(c => c != cols[0]);
    if (target is not null) fold[cols[0]] = target;
}
var openCcCount = fold.Count;

// Unihan kSimplifiedVariant fills characters OpenCC leaves out (著 -> 着, 瞭 -> 了); OpenCC wins on conflicts.
foreach (var line in File.ReadLines(args[1]))
{
    if (line.Length == 0 || line[0] == '#') continue;
    var cols = line.Split('\t');
    if (cols.Length < 3 || cols[1] != "kSimplifiedVariant") continue;
    var source = CodePoint(cols[0]);
    var target = cols[2].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(CodePoint).FirstOrDefault(c => c != source);
    if (target is not null) fold.TryAdd(source, target);
}

// Close the table so folding twice changes nothing: follow chains (A -> B -> C) to their end.
foreach (var key in fold.Keys.ToList())
{
    var value = fold[key];
    for (var hops = 0; hops < 8 && fold.TryGetValue(value, out var next) && next != value; hops++) value = next;
    fold[key] = value;
}
foreach (var key in fold.Where(p => p.Key == p.Value).Select(p => p.Key).ToList()) fold.Remove(key);

Directory.CreateDirectory(args[3]);
File.WriteAllLines(Path.Combine(args[3], "fold_t2s.tsv"),
    fold.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}\t{p.Value}"));

// Taiwan -> mainland vocabulary (OpenCC TWPhrasesRev), both sides folded (資料 -> 数据, 使用者 -> 用户).
// The index adds the mainland word next to the Taiwan one; it never replaces it.
var vocabulary = File.ReadLines(args[2])
    .Select(l => l.Split('\t'))
    .Where(c => c.Length == 2)
    .Select(c => (From: Fold(c[0]), To: Fold(c[1].Split(' ')[0])))
    .Where(p => p.From != p.To)
    .DistinctBy(p => p.From)
    .OrderBy(p => p.From, StringComparer.Ordinal)
    .ToList();
File.WriteAllLines(Path.Combine(args[3], "tw2cn_vocab.tsv"), vocabulary.Select(p => $"{p.From}\t{p.To}"));

Console.WriteLine($"fold_t2s.tsv: {fold.Count} pairs ({openCcCount} from OpenCC, {fold.Count - openCcCount} from Unihan); tw2cn_vocab.tsv: {vocabulary.Count} pairs");
return 0;

static string CodePoint(string unicodeNotation) =>
    char.ConvertFromUtf32(int.Parse(unicodeNotation[2..].Split('<')[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture));

string Fold(string text)
{
    var sb = new StringBuilder(text.Length);
    foreach (var rune in text.EnumerateRunes())
    {
        var s = rune.ToString();
        sb.Append(fold.TryGetValue(s, out var f) ? f : s);
    }
    return sb.ToString();
}
