using FeudBot.Knowledge.Collections;
using FeudBot.Knowledge.Model;
using FeudBot.Knowledge.Text;

namespace FeudBot.Knowledge.Answers;

// The references an answer cites, in the asker's language.
internal sealed partial class AnswerComposer
{
    private List<Reference> Citations(IEnumerable<TimelineEvent> events, string language)
    {
        var source = language == "en" ? "en" : HasNote(language) ? language : "zh-Hant";
        var references = story.ReferencesFor(source);
        var result = new List<Reference>(MaxCitations);
        foreach (var e in events)
        {
            // One reference per event keeps span answers short (single answers take up to three below): its most
            // confident citation not listed yet, the first of equals (what the first pass over OrderByDescending took).
            Citation? pick = null;
            foreach (var c in e.Citations.Items())
            {
                if (Listed(result, c.Reference.Number)) continue;
                if (pick is null || Comparer<double>.Default.Compare(c.Confidence, pick.Confidence) > 0) pick = c;
            }
            if (pick is null) continue;
            var reference = ReferenceNumbered(references, pick.Reference.Number) ?? pick.Reference;
            if (language == "zh-Hans" && source != "zh-Hans") reference = reference with { Title = SimplifiedDisplay.ToSimplified(reference.Title) };
            result.Add(reference);
            if (result.Count == MaxCitations) return result;
        }
        if (result.Count < MaxCitations && events.Count() == 1)
        {
            foreach (var c in events.First().Citations.OrderByDescending(c => c.Confidence).Skip(1).Take(MaxCitations - result.Count))
            {
                var reference = references.FirstOrDefault(r => r.Number == c.Reference.Number) ?? c.Reference;
                if (language == "zh-Hans" && source != "zh-Hans") reference = reference with { Title = SimplifiedDisplay.ToSimplified(reference.Title) };
                if (result.All(r => r.Number != reference.Number)) result.Add(reference);
            }
        }
        return result;
    }

    private bool HasNote(string language)
    {
        foreach (var n in story.Notes.Items())
        {
            if (n.Language == language) return true;
        }
        return false;
    }

    private static bool Listed(List<Reference> references, int number)
    {
        foreach (var r in references)
        {
            if (r.Number == number) return true;
        }
        return false;
    }

    private static Reference? ReferenceNumbered(IReadOnlyList<Reference> references, int number)
    {
        foreach (var r in references.Items())
        {
            if (r.Number == number) return r;
        }
        return null;
    }
}
