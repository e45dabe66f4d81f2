namespace FeudBot.Knowledge.Answers;

/// <summary>
/// Who does what in a canonical sentence (normalized, aliases rewritten): the sentence is cut into clauses, and the
/// doer of a verb is its clause's first named person or company standing before it, else (for a clause with no
/// subject of its own) the main clause's. Good enough for the note's plain declarative sentences, where the subject
/// comes first in English and in Chinese ("Musk sued OpenAI and Altman", 馬斯克對OpenAI與奧特曼提起訴訟); a passive
/// (被, "was", "been") or a possessive pronoun ("his departure") names no doer, so nothing is inferred from it.
/// </summary>
internal static class ClauseDoers
{
    // Subordinate clauses ("that the lawsuit was sour grapes") have their own subject but never pass it on.
    // " as the …" opens a clause with a subject of its own ("especially as the organisation moved towards a for-profit
    // model"); "as a non-profit", "as OpenAI's chief executive" name a role, not a clause.
    private static readonly string[] Subordinators = [" that ", " which ", " who ", " when ", " while ", " because ", " after ", " as the "];
    private static readonly string[] LeadingWords = ["and ", "but ", "then ", "also ", "而", "但", "并", "则", "也", "更"];
    private static readonly string[] Pronouns = ["he ", "she ", "they ", "他", "她", "其"];
    private static readonly string[] Possessives = ["his ", "her ", "their ", "its "];
    private static readonly string[] Conjunctions = [" and ", " & ", "与", "和", "及", "、"];
    private static readonly string[] Passives = [" was ", " were ", " been ", " being ", "被", "遭"];

    /// <summary>The clauses of <paramref name="text"/>; <paramref name="names"/> are the actors' canonical names in its script, <paramref name="ids"/> their ids.</summary>
    public static Clause[] Of(string text, bool chinese, string[] names, string[] ids)
    {
        var clauses = new List<Clause>();
        string[] main = [];
        var start = 0;
        var subordinate = false;
        while (start <= text.Length)
        {
            var (end, next, nextSubordinate) = NextBreak(text, start, chinese);
            var p = Skip(text, start, end);
            var pronoun = FirstStarting(text.AsSpan(p, end - p), Pronouns) is not null;
            var participle = !chinese && FirstWordEndsWithIng(text, p, end);
            var subjectAt = chinese ? AfterFrame(text, p, end) : p;
            var openerEnd = chinese ? AfterTimeWords(text, subjectAt, end) : p;
            var (at, doers) = pronoun ? (-1, []) : FirstActors(text, chinese ? subjectAt : start, end, names, ids, chinese, chinese ? subjectAt : p, openerEnd);
            clauses.Add(new Clause(start, end, at, doers, main, chinese || pronoun || participle));
            // Only a clause that opens with its actor (after a time word: 當時馬斯克…) passes it on: in 指出馬斯克身上有…,
            // 馬斯克 is what is pointed at, not who does the next clause's deed.
            if (!subordinate && at >= 0 && (at == subjectAt || at == openerEnd)) main = doers;
            if (next < 0) break;
            (start, subordinate) = (next, nextSubordinate);
        }
        return [.. clauses];
    }

    /// <summary>The ids of whoever does the word found at <paramref name="w"/>, or none.</summary>
    public static string[] At(Clause[] clauses, string text, int w, string[] names, string[] ids)
    {
        // "Musk's lawsuit": the owner of a deed is its doer; "his departure" could be anyone's.
        if (text.AsSpan(0, w).EndsWith("'s ", StringComparison.Ordinal))
        {
            var owner = text.AsSpan(0, w - 3);
            for (var i = 0; i < names.Length; i++)
            {
                if (names[i].Length > 0 && owner.EndsWith(names[i], StringComparison.Ordinal)) return [ids[i]];
            }
        }
        if (EndsWithAny(text.AsSpan(0, w), Possessives)) return [];
        foreach (var c in clauses)
        {
            if (w < c.Start || w >= c.End) continue;
            if (c.DoerAt >= 0 && c.DoerAt < w) return Passive(text, c.DoerAt, w) ? [] : c.Doers;
            return c.Carries && !Passive(text, c.Start, w) ? c.Carried : [];
        }
        return [];
    }

    /// <summary>
    /// 在蘋果排名的爭執中奧特曼怎麼指控馬斯克: a clause that opens with a 在……中/上/時/裡 frame names its setting there,
    /// not its doer; the doer is looked for after the frame (the whole clause when the frame never closes).
    /// </summary>
    private static int AfterFrame(string text, int p, int end)
    {
        if (p >= end || text[p] != '在') return p;
        var close = text.AsSpan(p, end - p).IndexOfAny(FrameEnds);
        return close < 0 ? p : p + close + 1;
    }

    private const string FrameEnds = "中上时里時裡";

    // Time words that may open a Chinese clause before its subject (2025年8月馬斯克…, 當時馬斯克…).
    private static readonly string[] TimeWords = ["当时", "當時", "后来", "後來", "随后", "隨後", "此后", "此後", "同年", "今年", "近期", "最初", "起初", "如今", "年", "月", "日", "号", "號"];

    /// <summary>Where a clause's subject would start after the digits and time words opening it.</summary>
    private static int AfterTimeWords(string text, int p, int end)
    {
        for (var moved = true; moved && p < end;)
        {
            moved = false;
            while (p < end && (char.IsDigit(text[p]) || char.IsWhiteSpace(text[p])))
            {
                p++;
                moved = true;
            }
            foreach (var w in TimeWords)
            {
                if (!text.AsSpan(p, end - p).StartsWith(w, StringComparison.Ordinal)) continue;
                p += w.Length;
                moved = true;
                break;
            }
        }
        return p;
    }

    private static bool Passive(string text, int from, int to)
    {
        foreach (var p in Passives)
        {
            if (text.AsSpan(from, to - from).Contains(p, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    // Loops, not Any/FirstOrDefault with a lambda: these run for every clause of every question (no closure each time).
    private static string? FirstStarting(ReadOnlySpan<char> span, string[] words)
    {
        foreach (var w in words)
        {
            if (span.StartsWith(w, StringComparison.Ordinal)) return w;
        }
        return null;
    }

    private static bool EndsWithAny(ReadOnlySpan<char> span, string[] words)
    {
        foreach (var w in words)
        {
            if (span.EndsWith(w, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static (int End, int Next, bool Subordinate) NextBreak(string text, int from, bool chinese)
    {
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            // A comma or full stop between digits is part of a number ($97.4 billion).
            if (c is ',' or '.' && i + 1 < text.Length && char.IsDigit(text[i + 1]) && i > 0 && char.IsDigit(text[i - 1])) continue;
            if (c is ',' or ';' or ':' or '.' or '!' or '?' or '。' or '!' or '?') return (i, i + 1, false);
            if (c == '-' && i + 1 < text.Length && text[i + 1] == '-') return (i, i + 2, false);
            if (!chinese && c == ' ')
            {
                foreach (var s in Subordinators)
                {
                    if (text.AsSpan(i).StartsWith(s, StringComparison.Ordinal)) return (i, i + s.Length - 1, true);
                }
            }
        }
        return (text.Length, -1, false);
    }

    private static int Skip(string text, int from, int end)
    {
        var p = from;
        for (var moved = true; moved && p < end;)
        {
            moved = false;
            while (p < end && char.IsWhiteSpace(text[p])) p++;
            foreach (var w in LeadingWords)
            {
                if (!text.AsSpan(p, end - p).StartsWith(w, StringComparison.Ordinal)) continue;
                p += w.Length;
                moved = true;
                break;
            }
        }
        return p;
    }

    private static bool FirstWordEndsWithIng(string text, int p, int end)
    {
        var q = p;
        while (q < end && char.IsLetter(text[q])) q++;
        return q - p > 4 && text.AsSpan(p, q - p).EndsWith("ing", StringComparison.Ordinal);
    }

    /// <summary>The first actor named in [from, end) and those joined to it by a conjunction.</summary>
    private static (int At, string[] Doers) FirstActors(string text, int from, int end, string[] names, string[] ids, bool chinese, int opening, int opener)
    {
        var (at, first) = Earliest(text, from, end, names);
        // "including looking into Tesla's AI integration and funding…", 包括調查特斯拉的AI整合技術與資助…: an owner named
        // inside the clause is part of what is acted on, not who acts; only at the clause's opening ("Musk's lawsuit
        // claimed", 馬斯克的批評) does the owner stand for the doer.
        // "the relationship between Musk and Altman is openly hostile": the ones a relation is between are not its doers either.
        while (first >= 0 && at != opening && at != opener)
        {
            int next;
            if (OwnerOnly(text, at + names[first].Length, end, chinese)) next = at + names[first].Length;
            else if (!chinese && text.AsSpan(0, at).EndsWith("between ", StringComparison.Ordinal)) next = PastConjoined(text, at + names[first].Length, end, names);
            else break;
            (at, first) = Earliest(text, next, end, names);
        }
        if (first < 0) return (-1, []);
        // Most clauses name one actor: a list only when a conjunction joins more.
        List<string>? doers = null;
        var p = at + names[first].Length;
        while (true)
        {
            var conj = FirstStarting(text.AsSpan(p, end - p), Conjunctions);
            if (conj is null) break;
            var (nextAt, next) = Earliest(text, p + conj.Length, end, names);
            if (next < 0 || nextAt != p + conj.Length) break;
            (doers ??= [ids[first]]).Add(ids[next]);
            p = nextAt + names[next].Length;
        }
        return (at, doers is null ? [ids[first]] : [.. doers]);
    }

    /// <summary>Where <paramref name="name"/> first stands in [from, end) as a whole name ("x" not inside "mixing"); a Latin
    /// name only between characters that are not Latin letters.</summary>
    private static int WholeName(string text, int from, int end, string name)
    {
        var latin = char.IsAsciiLetter(name[0]);
        for (var at = text.AsSpan(from, end - from).IndexOf(name, StringComparison.Ordinal); at >= 0;)
        {
            var start = from + at;
            var after = start + name.Length;
            if (!latin || (start == 0 || !char.IsAsciiLetter(text[start - 1])) && (after >= text.Length || !char.IsAsciiLetter(text[after]))) return at;
            var next = text.AsSpan(start + 1, end - start - 1).IndexOf(name, StringComparison.Ordinal);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return -1;
    }

    /// <summary>Where the names joined by conjunctions to the one ending at <paramref name="p"/> end.</summary>
    private static int PastConjoined(string text, int p, int end, string[] names)
    {
        while (FirstStarting(text.AsSpan(p, end - p), Conjunctions) is { } conj)
        {
            var (nextAt, next) = Earliest(text, p + conj.Length, end, names);
            if (next < 0 || nextAt != p + conj.Length) break;
            p = nextAt + names[next].Length;
        }
        return p;
    }

    private static bool OwnerOnly(string text, int after, int end, bool chinese) =>
        chinese ? after < end && text[after] == '的' : text.AsSpan(after, end - after).StartsWith("'s ", StringComparison.Ordinal);

    private static (int At, int Index) Earliest(string text, int from, int end, string[] names)
    {
        var (best, index) = (int.MaxValue, -1);
        for (var i = 0; i < names.Length; i++)
        {
            if (names[i].Length == 0) continue;
            var at = WholeName(text, from, end, names[i]);
            // The longer name wins a tie (x (formerly twitter) over a shorter name at the same place).
            if (at >= 0 && (from + at < best || from + at == best && names[i].Length > names[index].Length)) (best, index) = (from + at, i);
        }
        return (index < 0 ? -1 : best, index);
    }
}
