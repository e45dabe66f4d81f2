namespace FeudBot.Knowledge.Questions;

/// <summary>
/// English phrasal verbs whose words are each only function words ("go", "after"), so the deed they name would be
/// lost: "How is Altman going after Musk's companies?" asks how Altman targets them, not about the companies alone.
/// Each is rewritten to a one-word verb the concept groups (Questions/Data/concepts.txt) know. The same for the idiom
/// "on … terms" ("on speaking terms", "on good terms"), whose words alone ("terms", "good") say nothing of talking or
/// of a relationship; likewise "these days", "in the first place", "of his own accord". A document "calling" something claims it. "Done against" someone ("What has Altman done against Musk's companies?") is targeting them too.
/// </summary>
public static class PhrasalVerbs
{
    private static readonly string[] GoForms = ["go", "goes", "going", "gone", "went"];

    // "What has Altman done against Musk?": a deed done against someone is aimed at them (every word a function word).
    private static readonly string[] DoForms = ["do", "does", "did", "done", "doing"];

    // Documents that state claims, and the forms of "call" said of them.
    private static readonly string[] Documents = ["complaint", "complaints", "lawsuit", "lawsuits", "suit", "suits", "filing", "filings", "petition"];
    private static readonly string[] CallForms = [" call", " calls", " called"];

    private static readonly string[] SubjectPronouns = ["he", "she", "they", "it", "we", "i", "you"];

    // Idioms whose words alone say nothing of what they mean, each with the word it means; grouped by a word every
    // idiom of the group ends with, so a question without it costs one search. "on speaking terms" is about talking,
    // "on good / bad / friendly … terms" about the relationship; "these days" asks about now; "in the first place"
    // about the beginning; "of his own accord" whether he left voluntarily; "take over" is a takeover; "put on the
    // table" an offer; "make up" to reconcile; "how far back" asks when; "get back at" is revenge, "back then" just
    // then; "turned into" is become, a "price tag" a price, "set up as" founded as; to "figure into" something is to be
    // involved in it; to "walk away" to leave.
    private static readonly (string Last, (string Idiom, string Word)[] Idioms)[] Idioms =
    [
        (" terms", [
            (" on speaking terms", " talking"), (" on good terms", " relationship"), (" on bad terms", " relationship"),
            (" on friendly terms", " relationship"), (" on decent terms", " relationship"), (" on terms", " relationship"),
        ]),
        (" days", [(" these days", " nowadays")]),
        (" now", [(" right now", " now")]),
        (" away", [(" walking away", " leaving"), (" walked away", " left"), (" walk away", " leave"), (" walks away", " leaves")]),
        (" place", [(" in the first place", " originally")]),
        (" accord", [(" of his own accord", " voluntarily"), (" of her own accord", " voluntarily"), (" of their own accord", " voluntarily"), (" on his own accord", " voluntarily")]),
        (" will", [(" of his own free will", " voluntarily"), (" of his own will", " voluntarily")]),
        // "Why did Musk bother starting xAI?": the word adds nothing (and as a function word, "brother" would be read as it).
        (" bother", [(" bother ", " "), (" bothered ", " ")]),
        (" table", [(" put on the table", " offer"), (" on the table", " offered")]),
        (" up", [(" make up", " reconcile"), (" makes up", " reconcile"), (" making up", " reconcile")]),
        (" back", [("how far back", "when"), (" back then", " then"), (" back in ", " in "), (" get back at", " retaliate against"), (" got back at", " retaliated against"), (" getting back at", " retaliating against")]),
        (" into", [(" turned into", " become"), (" turn into", " become"), (" turning into", " becoming"),
            (" figure into", " involved in"), (" figured into", " involved in"), (" figures into", " involved in")]),
        (" tag", [(" price tag", " price")]),
        (" as", [(" set up as", " founded as")]),
        (" own", [(" on his own or", " voluntarily or")]),
        (" over", [(" take over", " takeover"), (" takes over", " takeover"), (" took over", " takeover"), (" taking over", " takeover")]),
    ];

    /// <summary>
    /// <paramref name="text"/> (normalized, lower-case) with "go after" and "do against" in any tense as "target" and a
    /// document's "call" as "claim"; the same string when it has neither.
    /// </summary>
    public static string Rewrite(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return DocumentCalls(ToTarget(ToTarget(text, " after", GoForms), " against", DoForms));
    }

    /// <summary>
    /// <paramref name="text"/> (normalized, lower-case) with each idiom ("on … terms", "these days", "in the first place")
    /// as the word it means; the same string when it has none. Applied before the intent and markers are read, so "these
    /// days" asks about now (not a date) and "in the first place" about the beginning.
    /// </summary>
    public static string Idiomatic(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var (last, idioms) in Idioms)
        {
            if (!text.Contains(last, StringComparison.Ordinal)) continue;
            foreach (var (idiom, word) in idioms)
            {
                if (text.Contains(idiom, StringComparison.Ordinal)) text = text.Replace(idiom, word, StringComparison.Ordinal);
            }
        }
        return text;
    }

    /// <summary>
    /// "What did the complaint call OpenAI?": a document (a complaint, a lawsuit, a filing) does not name-call, it claims;
    /// "call" after one is "claim", the word the note uses for what a filing says ("Musk's lawsuit claimed that …").
    /// </summary>
    private static string DocumentCalls(string text)
    {
        // Most questions have no " call": one search, no allocation.
        if (!text.Contains(" call", StringComparison.Ordinal)) return text;
        foreach (var document in Documents)
        {
            foreach (var form in CallForms)
            {
                var phrase = document + form;
                var at = text.IndexOf(phrase, StringComparison.Ordinal);
                // Whole words: "lawsuit call", not "suit callers" or "pursuit call".
                if (at < 0 || !WholeWords.At(text, at, phrase.Length)) continue;
                text = string.Concat(text.AsSpan(0, at + document.Length), " claim", text.AsSpan(at + phrase.Length));
            }
        }
        return text;
    }

    /// <summary>Every <paramref name="particle"/> after one of <paramref name="forms"/> ("go after", "done against") as "target".</summary>
    private static string ToTarget(string text, string particle, string[] forms)
    {
        // Most questions have no such particle: one search, no allocation.
        var at = text.IndexOf(particle, StringComparison.Ordinal);
        if (at < 0) return text;
        var result = text;
        for (; at >= 0; at = result.IndexOf(particle, at + 1, StringComparison.Ordinal))
        {
            // A whole word ("after", "after?"), not "afterwards".
            var next = at + particle.Length;
            if (next < result.Length && char.IsLetter(result[next])) continue;
            var start = at;
            while (start > 0 && char.IsLetter(result[start - 1])) start--;
            var verb = result.AsSpan(start, at - start);
            if (!IsForm(verb, forms) || TimeClauseFollows(result, next + 1)) continue;
            result = string.Concat(result.AsSpan(0, start), "target", result.AsSpan(next));
            at = start;
        }
        return result;
    }

    private static bool IsForm(ReadOnlySpan<char> verb, string[] forms)
    {
        foreach (var form in forms)
        {
            if (verb.SequenceEqual(form)) return true;
        }
        return false;
    }

    /// <summary>"Where did Musk go after leaving", "go after he left": "after" opens a time clause (a gerund or a
    /// subject pronoun follows), not the one gone after.</summary>
    private static bool TimeClauseFollows(string text, int from)
    {
        if (from >= text.Length) return false;
        var end = from;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        var word = text.AsSpan(from, end - from);
        if (word.Length > 4 && word.EndsWith("ing", StringComparison.Ordinal)) return true;
        foreach (var p in SubjectPronouns)
        {
            if (word.SequenceEqual(p)) return true;
        }
        return false;
    }
}
