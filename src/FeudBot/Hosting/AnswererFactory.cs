using FeudBot.Knowledge.Answers;
using FeudBot.Knowledge.Model;
using FeudBot.Knowledge.Text;

namespace FeudBot.Hosting;

/// <summary>The answer engine's pieces the bot plugs in: the answerer per snapshot and its text seams.</summary>
public static class AnswererFactory
{
    /// <summary>The extractive answerer over <paramref name="snapshot"/> (builds its index; a few ms).</summary>
    public static IAnswerer Create(KnowledgeSnapshot snapshot) => new Answerer(snapshot);

    /// <summary>Matching form of text (width, case, dots, Traditional→Simplified), for timeline filters.</summary>
    public static string Fold(string text) => TextNormalizer.Normalize(text);

    /// <summary>zh-Hant note text shown to zh-Hans readers.</summary>
    public static string ToSimplified(string text) => SimplifiedDisplay.ToSimplified(text);
}
