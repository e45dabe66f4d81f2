using FeudBot.Knowledge.Answers;
using FeudBot.Knowledge.Model;
using FeudBot.Llm;

namespace FeudBot.Tests.Llm;

/// <summary>A small story in the shape of the seed note (zh-Hant with English texts), for the LLM tests.</summary>
internal static class LlmTestData
{
    private static readonly SourceSpan s_span = new("musk-altman-feud.zh-Hant.md", 1, 1);

    public static readonly IReadOnlyList<Reference> References =
    [
        Ref(1, "伊隆・馬斯克與山姆・奧特曼紛爭內幕", "https://builtin.com/artificial-intelligence/musk-altman-feud"),
        Ref(2, "時間軸：伊隆・馬斯克對決OpenAI與山姆・奧特曼", "https://www.techrepublic.com/article/news-elon-musk-sam-altman-relationship-timeline/"),
        Ref(3, "山姆・奧特曼正鎖定伊隆・馬斯克的商業帝國", "https://www.forbes.com/sites/johnhyatt/2025/08/16/sam-altman-despises-elon-musk-now-he-is-going-after-his-companies/"),
        Ref(4, "伊隆・馬斯克的xAI指控OpenAI竊取商業機密", "https://www.theguardian.com/technology/2025/sep/25/elon-musk-xai-openai-sam-altman-lawsuit"),
        Ref(5, "山姆・奧特曼：我曾視伊隆・馬斯克為「人類的瑰寶」", "https://www.businessinsider.com/sam-altman-used-see-elon-musk-great-jewel-for-humanity-2025-9"),
        Ref(6, "馬斯克與奧特曼之爭惡化至法律訴訟威脅", "https://www.axios.com/2025/08/12/musk-altman-grok-chatgpt-fight-apple"),
        Ref(7, "山姆・奧特曼終對伊隆・馬斯克反擊", "https://arstechnica.com/tech-policy/2025/08/a-brief-history-of-elon-musk-and-sam-altmans-ai-feud/"),
    ];

    public static readonly TimelineEvent Founding = Event("2015-founding", new EventDate(2015), [1, 2],
        ("p2", "共同創辦OpenAI", "2015年，他們共同創辦了OpenAI，當時定位為非營利組織，旨在開發安全、開源的通用人工智能（AGI）以造福人類。"),
        ("en-p2", "Co-founding OpenAI", "In 2015 Musk and Altman co-founded OpenAI as a non-profit meant to build safe, open AGI."));

    public static readonly TimelineEvent Bid = Event("2025-02-bid", new EventDate(2025, 2), [2, 7],
        ("p9", "馬斯克試圖收購OpenAI", "2月：馬斯克試圖以974億美元收購OpenAI，遭斷然拒絕。"),
        ("en-p9", "Musk's bid for OpenAI", "February: Musk tried to buy OpenAI for $97.4 billion and was flatly rejected."));

    public static readonly TimelineEvent AppleRow = Event("2025-08-apple", new EventDate(2025, 8), [3, 6, 7],
        ("p10", "蘋果排名之爭", "8月：雙方在X上就蘋果疑似提升OpenAI應用程式排名公開爭執；奧特曼指控馬斯克操縱X平台為其企業謀利，馬斯克則反譏其為「詐騙奧特曼」。"),
        ("en-p10", "The App Store ranking row", "August: the two argued on X over Apple allegedly boosting OpenAI's app ranking; Altman accused Musk of manipulating X, and Musk called him \"Scam Altman\"."));

    public static readonly TimelineEvent Now = Event("2025-10-now", new EventDate(2025, 10), [5],
        ("p3", "兩人公開敵對", "時至今日（2025年10月），兩人的關係已公開敵對。馬斯克多次在X上稱奧特曼為「小指頭」。奧特曼表示，他曾視馬斯克為「人類的瑰寶」。"),
        ("en-p3", "Open hostility", "As of October 2025 the two are openly hostile. Musk has repeatedly called Altman \"Littlefinger\" on X."));

    public static readonly Passage SummaryPassage = new("p12", "總而言之，馬斯克對OpenAI的轉型與自身退出始終耿耿於懷，視其為個人背叛。xAI與Grok是他的反擊。", ["總而言之"], s_span);

    public static readonly Glossary Glossary = new(
    [
        new GlossaryEntry("littlefinger", "term", new Dictionary<string, string> { ["zh-Hant"] = "小指頭", ["en"] = "Littlefinger" }, ["小指头", "Little Finger"]),
        new GlossaryEntry("musk", "person", new Dictionary<string, string> { ["zh-Hant"] = "馬斯克", ["en"] = "Elon Musk" }, ["Musk", "马斯克", "伊隆・馬斯克"]),
    ]);

    public static readonly EventDate AsOf = new(2025, 10);

    public static IReadOnlyList<TimelineEvent> AllEvents => [Founding, Bid, AppleRow, Now];

    public static Answer ExtractiveAnswer(string question, string language, params TimelineEvent[] events) => new(
        question, language, Answered: true,
        Text: language == "en" ? "In February 2025 Musk offered $97.4 billion for OpenAI, which refused. [2][7]" : "2025年2月：馬斯克試圖以974億美元收購OpenAI，遭斷然拒絕。[2][7]",
        QuestionIntent.HowMuch, events, [References[1], References[6]], AsOf);

    public static Answer Declined(string question, string language) => new(
        question, language, Answered: false, Text: "筆記沒有提到這件事。", QuestionIntent.What, [], [], AsOf);

    public static SummaryRequest Request(string question, string language = "zh-Hant", string? userId = "42", params TimelineEvent[] events)
    {
        var evs = events.Length == 0 ? new[] { Bid } : events;
        return new SummaryRequest(question, language, evs, References, AsOf, userId, ExtractiveAnswer(question, language, evs)) { Glossary = Glossary };
    }

    public static GroundingContext Context(string language = "zh-Hant", params TimelineEvent[] events) =>
        GroundingContext.Create(language, events.Length == 0 ? AllEvents : events, References, AsOf, Glossary);

    private static Reference Ref(int n, string title, string url) => new(n, title, new Uri(url), null, s_span);

    private static TimelineEvent Event(string key, EventDate date, int[] refs, (string Id, string Title, string Text) zh, (string Id, string Title, string Text) en)
    {
        var texts = new Dictionary<string, EventText>
        {
            ["zh-Hant"] = new("zh-Hant", zh.Title, zh.Text, [new Passage(zh.Id, zh.Text, ["紛爭關鍵升級點"], s_span)]),
            ["en"] = new("en", en.Title, en.Text, [new Passage(en.Id, en.Text, ["Key escalations"], s_span)]),
        };
        var citations = refs.Select(n => new Citation(References[n - 1], 0.9, "test")).ToArray();
        return new TimelineEvent(key, date, EventKind.Escalation, texts, ["musk", "altman"], citations);
    }
}
