using System.Text.RegularExpressions;

namespace FeudBot.Knowledge.Questions;

/// <summary>
/// Phrases that change which event answers rather than what the question is about: "originally", 當初 and
/// 成立時 point at the story's beginning (the founding), "how is X involved" and X扮演什麼角色 ask for every
/// event that names X, 資料截至何時 for the note's as-of date. Matched on the normalized, folded question (lower case, Simplified).
/// </summary>
public static partial class QuestionMarkers
{
    /// <summary>True when the question asks how things were at the start ("originally", 一開始, 成立時).</summary>
    public static bool AsksOrigin(string normalized) => Holds(normalized, 8) && Origin().IsMatch(normalized);

    /// <summary>True when the question asks what part someone or something plays in the story.</summary>
    public static bool AsksInvolvement(string normalized) => Holds(normalized, 9) && Involvement().IsMatch(normalized);

    /// <summary>True when the question asks how recent the note is ("as of when", 資料截至何時).</summary>
    public static bool AsksAsOf(string normalized) => Holds(normalized, 0) && AsOf().IsMatch(normalized);

    // Speed: each marker's pattern runs on every question, and most questions hold none of them. Each pattern is
    // tried only when the question holds one of these words, one of which every match of the pattern contains
    // (one vectorized search instead of a regex scan), so the answer is the pattern's own.
    private static readonly LiteralPrefilter AsOfWords = new("as", "up", "how", "until", "截至", "截止", "更新", "最新到", "涵盖到", "写到");

    private static readonly LiteralPrefilter ComparisonWords = new("compar", "versus", "vs", "differ", "unlike", "contrast", "whereas", "similar",
         "比起", "相比", "比较", "对比", "不同", "区别", "差别", "差异", "相较", "不一样", "异同", "一样吗");

    private static readonly LiteralPrefilter AfterWords = new("what", "发生", "之后的事", "之后呢");

    private static readonly LiteralPrefilter BeforeWords = new("what", "发生", "之前的事");

    private static readonly LiteralPrefilter LatestWords = new("recent", "latest", "last", "newest", "最近", "最新", "最后");

    private static readonly LiteralPrefilter EarliestWords = new("first", "earliest", "最早", "第一");

    private static readonly LiteralPrefilter CountWords = new("many", "number", "几", "多少", "一共有", "总共有");

    private static readonly LiteralPrefilter BetweenWords = new("between", "之间", "两者", "双方");

    private static readonly LiteralPrefilter OriginWords = new("original", "initially", "start", "begin", "outset", "founding", "inception", "first", "early", "founded", "created", "established", "set",
         "一开始", "起初", "最初", "当初", "起先", "原本", "原先", "本来", "早期", "初期", "成立", "创立", "创办", "草创");

    private static readonly LiteralPrefilter InvolvementWords = new("involv", "role", "part", "fit", "play", "related", "connect", "linked",
         "扮演", "角色", "参与", "涉及", "牵涉", "介入", "作用", "关系", "关联");

    // Must follow the lists above (static fields initialize in order); bit i is the i-th list, the last the future tense's.
    private static readonly MarkerSet All = new(AsOfWords, ComparisonWords, AfterWords, BeforeWords, LatestWords, EarliestWords,
        CountWords, BetweenWords, OriginWords, InvolvementWords, FutureTense.MarkerWords);

    internal const int FutureList = 10;

    // The last question's lists on this thread: the markers of one question all ask about the same normalized text.
    [ThreadStatic]
    private static (string? Text, int Found) _last;

    /// <summary>True when <paramref name="normalized"/> holds a word of list <paramref name="list"/> (its pattern may match).</summary>
    internal static bool Holds(string normalized, int list)
    {
        var last = _last;
        if (!ReferenceEquals(last.Text, normalized)) _last = last = (normalized, All.Find(normalized));
        return (last.Found & 1 << list) != 0;
    }

    [GeneratedRegex(@"\bas\s+of\s+(?:when|what|which)\b|\bup\s+to\s+(?:when|what\s+date|date)\b|\blast\s+updated\b|\bhow\s+(?:recent|current|up[\s-]to[\s-]date)\b|\b(?:cover|covers|go|goes)\s+up\s+to\b|\buntil\s+when\b" +
        @"|截至|截止|更新到|更新至|更新于|最新到|涵盖到|写到", RegexOptions.CultureInvariant)]
    private static partial Regex AsOf();

    /// <summary>True when the question compares two things ("compared to", 有什麼不同): they need not be related.</summary>
    public static bool Compares(string normalized) => Holds(normalized, 1) && Comparison().IsMatch(normalized);

    [GeneratedRegex(@"\b(?:compar\w*|versus|vs\.?|differ\w*|unlike|contrast\w*|whereas|similar\w*)\b|比起|相比|比较|对比|不同|区别|差别|差异|相较|不一样|异同|一样吗", RegexOptions.CultureInvariant)]
    private static partial Regex Comparison();

    /// <summary>+1 when the question asks what happened after something ("what happened next", 之後發生了什麼), -1 before, else 0.</summary>
    public static int Step(string normalized) =>
        Holds(normalized, 2) && After().IsMatch(normalized) ? 1
        : Holds(normalized, 3) && Before().IsMatch(normalized) ? -1 : 0;

    [GeneratedRegex(@"\bwhat\s+(?:happened|came|followed)\s+(?:right\s+|just\s+|soon\s+)?(?:after|next)\b|\bwhat\s+happened\s+then\b|\bafter\s+(?:that|this)\s*,?\s*what\b|之后(?:又)?发生|以后(?:又)?发生|后来(?:又)?发生|随后发生|接着发生|之后的事|之后呢", RegexOptions.CultureInvariant)]
    private static partial Regex After();

    [GeneratedRegex(@"\bwhat\s+(?:happened|came)\s+(?:right\s+|just\s+)?(?:before|prior\s+to)\b|之前(?:又)?发生|以前(?:又)?发生|之前的事", RegexOptions.CultureInvariant)]
    private static partial Regex Before();

    /// <summary>+1 when the question asks for the latest event ("most recent", 最近一次, 最新), -1 for the first, else 0.</summary>
    public static int Extreme(string normalized) =>
        Holds(normalized, 4) && Latest().IsMatch(normalized) ? 1
        : Holds(normalized, 5) && Earliest().IsMatch(normalized) ? -1 : 0;

    [GeneratedRegex(@"\b(?:most\s+recent|latest|last|newest)\s+(?:event|development|thing|incident|clash|fight|flashpoint|escalation|episode|round|move)s?\b|最近一次|最近的一次|最新的?(?:事件|进展|冲突|一次)|最后一次|最后一件|最近的事件", RegexOptions.CultureInvariant)]
    private static partial Regex Latest();

    [GeneratedRegex(@"\b(?:first|earliest)\s+(?:event|development|thing|incident|clash|fight|flashpoint|escalation|episode)s?\b|最早的?(?:事件|一次|冲突)|第一件事|第一次冲突", RegexOptions.CultureInvariant)]
    private static partial Regex Earliest();

    /// <summary>True when the question counts things ("how many lawsuits", 幾起訴訟): answered by listing them.</summary>
    public static bool Counts(string normalized) => Holds(normalized, 6) && Count().IsMatch(normalized);

    [GeneratedRegex(@"\bhow\s+many\b|\bnumber\s+of\b|几起|几次|几个|几件|几场|多少起|多少次|多少场|多少个|多少件|一共有|总共有", RegexOptions.CultureInvariant)]
    private static partial Regex Count();

    /// <summary>True when the question asks about what is between two parties ("between X and Y", X和Y之間).</summary>
    public static bool AsksBetween(string normalized) => Holds(normalized, 7) && Between().IsMatch(normalized);

    [GeneratedRegex(@"\bbetween\s+\S.*\s+and\s+\S|之间|两者|双方", RegexOptions.CultureInvariant)]
    private static partial Regex Between();

    [GeneratedRegex(@"\b(?:originally|initially|original|at\s+(?:the|its|their)\s+(?:start|beginning|outset|founding|inception)|in\s+the\s+beginning|at\s+first|early\s+on|(?:when|as)\s+(?:it\s+was\s+)?(?:founded|created|established|set\s+up|started)|from\s+the\s+start|to\s+begin\s+with|early\s+days)\b" +
        @"|一开始|起初|最初|当初|起先|原本|原先|本来|早期|初期|成立时|创立时|创办时|成立之初|创立之初|创办之初|草创|刚成立|刚创立", RegexOptions.CultureInvariant)]
    private static partial Regex Origin();

    [GeneratedRegex(@"\binvolv(?:ed|es|ement)?\b|\b(?:role|part)\s+(?:in|of)\b|\bwhat\s+(?:role|part)\b|\bfits?\s+in(?:to)?\b|\bplay(?:s|ed)?\s+(?:a|any|in)\b|\bhow\s+(?:is|are|was|were)\s+\w+(?:\s+\w+)?\s+(?:related|connected|linked)\b|\bconnection\b" +
        @"|扮演|角色|参与|涉及|牵涉|介入|起了?什么作用|有什么关系|有何关系|什么关联|有何关联|有关系吗", RegexOptions.CultureInvariant)]
    private static partial Regex Involvement();
}
