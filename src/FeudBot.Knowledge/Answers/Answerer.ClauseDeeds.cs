using System.Runtime.CompilerServices;
using FeudBot.Knowledge.Text;
using FeudBot.Knowledge.Search;

namespace FeudBot.Knowledge.Answers;

public sealed partial class Answerer
{
    /// <summary>
    /// Whether <paramref name="actor"/> is the stated doer of one of <paramref name="words"/> in a sentence: a deed in a
    /// later clause that has no subject of its own ("Altman struck back …, including looking into Tesla", 奧特曼……反擊，
    /// 包括調查特斯拉) is the main clause's actor's, however far the name stands from the word.
    /// </summary>
    // Hot on every question: compiled optimized at its first call (why: Answerer remarks).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool DoesIn(IndexedSentence s, SearchWords words, string actor)
    {
        var chinese = s.Language != "en";
        var text = _canonicalSentences[s.Id];
        var mask = _canonicalMasks[s.Id];
        var (names, ids) = chinese ? _actorNamesChinese : _actorNamesEnglish;
        for (var k = 0; k < words.Count; k++)
        {
            if (!CharMask.MayContain(mask, words.Masks[k])) continue;
            var word = words.Words[k];
            for (var w = text.IndexOf(word, StringComparison.Ordinal); w >= 0; w = text.IndexOf(word, w + 1, StringComparison.Ordinal))
            {
                // An English stem starts a word, as in Near.
                if (!chinese && w > 0 && char.IsLetter(text[w - 1])) continue;
                if (Array.IndexOf(ClauseDoers.At(_clauses[s.Id], text, w, names, ids), actor) >= 0) return true;
            }
        }
        return false;
    }
}
