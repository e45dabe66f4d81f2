using FeudBot.Knowledge.Collections;
using FeudBot.Knowledge.Model;
using FeudBot.Knowledge.Questions;

namespace FeudBot.Knowledge.Answers;

// The words a question's topics stand for in the note, in both languages, and whether an event uses them.
public sealed partial class Answerer
{
    /// <summary>The question's topic words with their synonyms in both languages of the story, in index form.</summary>
    // The last question's topic words on this thread: the relation, direction and mention checks of one question
    // each ask for them (also for `q with { Intent = … }`, which shares the lists they are made of).
    [ThreadStatic]
    private static (Answerer? Owner, IReadOnlyList<string>? TopicWords, IReadOnlyList<string>? Topics, List<string>? Words) _lastTopicWords;

    private List<string> TopicWordsOf(ParsedQuestion q)
    {
        var last = _lastTopicWords;
        if (ReferenceEquals(last.Owner, this) && ReferenceEquals(last.TopicWords, q.TopicWords) && ReferenceEquals(last.Topics, q.Topics)) return last.Words!;
        var words = MakeTopicWords(q);
        _lastTopicWords = (this, q.TopicWords, q.Topics, words);
        return words;
    }

    private List<string> MakeTopicWords(ParsedQuestion q)
    {
        // Loops, not Concat/SelectMany/Distinct: the same words in the same order (each kept where it first appears).
        var words = new DistinctWords(q.TopicWords.Count * 2);
        foreach (var w in q.TopicWords.Items()) AddTopicWord(words, w);
        foreach (var t in q.Topics.Items())
        {
            foreach (var w in _parser.Concepts.OtherLanguage(t)) AddTopicWord(words, w);
        }
        foreach (var t in q.Topics.Items()) AddConceptsInside(words, t);
        return words.TakeWords();
    }

    private static void AddTopicWord(DistinctWords words, string w)
    {
        // Short English stems ("su" of sued) start unrelated words (subsidiary).
        if (w.Length >= 2 && (w[0] >= 0x2E80 || w.Length >= 3)) words.Add(w);
    }

    /// <summary>True when one of the event's sentences, in any language, uses one of <paramref name="words"/>.</summary>
    private bool Mentions(TimelineEvent e, List<string> words)
    {
        foreach (var s in _sentencesOfEvent.GetValueOrDefault(e.Key, []))
        {
            foreach (var w in words)
            {
                if (StartsWord(_canonicalSentences[s.Id], s.Language != "en", w)) return true;
            }
        }
        return false;
    }

    private static bool StartsWord(string text, bool chinese, string word)
    {
        for (var w = text.IndexOf(word, StringComparison.Ordinal); w >= 0; w = text.IndexOf(word, w + 1, StringComparison.Ordinal))
        {
            if (chinese || w == 0 || !char.IsLetter(text[w - 1])) return true;
        }
        return false;
    }

    /// <summary>
    /// The concept words inside a Chinese topic that the segmenter kept whole as a stretch of note text
    /// (共同创办 is 共同 + 创办), with their synonyms in both languages: the relation may be stated in the
    /// English note ("Musk and Altman co-founded OpenAI") while the Chinese one says 他們共同創辦.
    /// </summary>
    private void AddConceptsInside(DistinctWords words, string topic)
    {
        if (topic.Length < 3 || topic[0] < 0x2E80) return;
        var concepts = _parser.Concepts;
        for (var start = 0; start < topic.Length - 1; start++)
        {
            for (var length = 2; length <= Math.Min(concepts.ChineseMaxLength, topic.Length - start); length++)
            {
                if (length == topic.Length) continue;
                // Looked up as a span: a substring only for a member found.
                if (!concepts.TryChinese(topic.AsSpan(start, length), out var inNote)) continue;
                foreach (var word in inNote) AddTopicWord(words, word);
                foreach (var word in concepts.OtherLanguage(topic.Substring(start, length))) AddTopicWord(words, word);
            }
        }
    }
}
