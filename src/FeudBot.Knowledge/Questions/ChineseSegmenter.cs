using System.Runtime.CompilerServices;
using FeudBot.Knowledge.Search;
using FeudBot.Knowledge.Text;

namespace FeudBot.Knowledge.Questions;

/// <summary>
/// Splits a run of (folded) Chinese characters into the fewest pieces that are question/function words,
/// glossary names, concept words, or stretches of the note's own text (two characters or more), leaving as
/// few characters as possible unexplained. Unexplained characters are what the note does not cover
/// (生日, 营收). Dynamic programming over the run; pieces are looked up without allocating.
/// </summary>
internal sealed class ChineseSegmenter(NoteVocabulary vocabulary, AliasTable aliases, CoveredConcepts concepts)
{
    private const int MaxDictionaryWord = 8;

    /// <summary>A piece of the run and what it is.</summary>
    public readonly record struct Piece(string Text, PieceKind Kind);

    public enum PieceKind { Function, Content, Uncovered }

    // Hot on every question: compiled optimized at its first call (why: Answerer remarks).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public List<Piece> Segment(string run)
    {
        var n = run.Length;
        // cost[i] = (unexplained chars, piece cost) for run[..i]; back[i] = start of the last piece and its kind.
        // A bare stretch of note text costs more than a dictionary word, so 奥特曼在 splits into 奥特曼 + 在.
        // On the stack for a question's run (a few dozen characters), not two arrays per run.
        var cost = n < 256 ? stackalloc (int Miss, double Pieces)[n + 1] : new (int Miss, double Pieces)[n + 1];
        var back = n < 256 ? stackalloc (int From, PieceKind Kind)[n + 1] : new (int From, PieceKind Kind)[n + 1];
        for (var i = 1; i <= n; i++) cost[i] = (int.MaxValue, double.MaxValue);
        for (var j = 0; j < n; j++)
        {
            if (cost[j].Miss == int.MaxValue) continue;
            Relax(cost, back, j, j + 1, PieceKind.Uncovered, 1);
            var span = run.AsSpan(j);
            // Words are only looked up where some word of their kind starts: at most places none does, and the
            // lookups (up to three per length) were most of the segmenter's time. The same words are found.
            var functionAt = QuestionWords.ChineseFirstChars.Contains(run[j]);
            var aliasAt = aliases.AnyStartsWith(run[j]);
            var conceptAt = concepts.AnyCoveredStartsWith(run[j]);
            for (var len = 1; (functionAt || aliasAt || conceptAt) && len <= Math.Min(MaxDictionaryWord, n - j); len++)
            {
                var word = span[..len];
                if (functionAt && QuestionWords.ChineseBySpan.ContainsKey(word)) Relax(cost, back, j, j + len, PieceKind.Function, 1);
                else if (len >= 2 && aliasAt && aliases.IsAlias(word) || conceptAt && concepts.IsCovered(word))
                    Relax(cost, back, j, j + len, PieceKind.Content, 1);
            }
            // Note text: extend while the stretch still occurs in the note (a longer one cannot if a shorter fails).
            for (var len = 2; len <= n - j; len++)
            {
                if (!vocabulary.ContainsChinese(span[..len])) break;
                Relax(cost, back, j, j + len, PieceKind.Content, 2.5);
            }
        }
        // The pieces' ends, last first (back pointers), then the pieces made and merged first to last: one list
        // of the right size, not a list to reverse and a second one to merge into.
        Span<int> ends = n < 256 ? stackalloc int[n] : new int[n];
        var count = 0;
        for (var i = n; i > 0; i = back[i].From) ends[count++] = i;
        var merged = new List<Piece>(count);
        for (var k = count - 1; k >= 0; k--)
        {
            var (from, kind) = back[ends[k]];
            Merge(merged, new Piece(run[from..ends[k]], kind));
        }
        return merged;
    }

    private static void Relax(Span<(int Miss, double Pieces)> cost, Span<(int From, PieceKind Kind)> back, int from, int to, PieceKind kind, double pieceCost)
    {
        var candidate = (Miss: cost[from].Miss + (kind == PieceKind.Uncovered ? 1 : 0), Pieces: cost[from].Pieces + pieceCost);
        if (candidate.Miss < cost[to].Miss || candidate.Miss == cost[to].Miss && candidate.Pieces < cost[to].Pieces)
        {
            cost[to] = candidate;
            back[to] = (from, kind);
        }
    }

    /// <summary>
    /// Joins neighbouring unexplained characters into one word, taking in a one-character function word
    /// that follows a lone one (生 + 日 → 生日), so the word that is reported reads as a word.
    /// </summary>
    private static void Merge(List<Piece> merged, Piece p)
    {
        var last = merged.Count > 0 ? merged[^1] : default;
        var joins = merged.Count > 0 && (p.Kind == PieceKind.Uncovered && last.Kind == PieceKind.Uncovered
            || last.Kind == PieceKind.Uncovered && last.Text.Length == 1 && IsLoneChar(p));
        if (joins) merged[^1] = new Piece(last.Text + p.Text, PieceKind.Uncovered);
        else merged.Add(p);
    }

    private static bool IsLoneChar(Piece p) => p.Kind == PieceKind.Function && p.Text.Length == 1;
}
