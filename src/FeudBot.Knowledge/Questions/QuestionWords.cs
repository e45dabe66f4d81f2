using System.Collections.Frozen;
using FeudBot.Knowledge.Answers;
using FeudBot.Knowledge.Search;

namespace FeudBot.Knowledge.Questions;

/// <summary>
/// The small, closed lists of words that make a question a question rather than a topic: interrogatives,
/// particles, pronouns, light verbs and aspect words, per language. Each either marks an intent (为什么 →
/// Why) or is plain function (的, did). Everything else a question says must be found in the note, the
/// glossary or a concept group, or the question is declined. Chinese entries are in folded (Simplified)
/// form; English entries are stemmed like the index.
/// </summary>
public static class QuestionWords
{
    private static readonly (QuestionIntent? Intent, string Words)[] ChineseLists =
    [
        (QuestionIntent.When, "几月份 哪个月份 几几年 几几 什么时候 何时 哪一年 哪年 哪个年份 几年 哪个月 哪一天 什么时间 几时 何年 年份 时间 日期 时候 几月"),
        (QuestionIntent.Why, "凭什么 凭啥 根据什么 有何根据 为什么 为何 为啥 干嘛 因为什么 因为啥 因为哪 因为哪件事 因为哪一件事 由于什么 原因 理由 动机 缘由 怎么会 起因 缘故 由来 来历 来由 怎么来的 从何而来 从哪来 从哪里来 哪来 从何"),
        (QuestionIntent.Who, "谁家 谁 哪位 哪个人 什么人 是谁 哪家 哪一家 哪间 哪个公司 哪家公司 哪个产品 哪款 哪款产品 什么产品"),
        (QuestionIntent.HowMuch, "多久 多少 多少钱 几多 多大 多高 几亿 多少亿 一共 总共 共有 几起 几次 几个 几件 几场 多少起 多少次 多少场 多少个 多少件"),
        (QuestionIntent.YesNo, "算不算 算不上 了没 没 吗 是否 有没有 是不是 有否 会不会 能不能 有无 可曾 没有 有可能 可能 可不可能"),
        (QuestionIntent.Now, "进展 最新进展 动态 最新动态 现在 目前 如今 现今 当前 近况 现况 现状 至今 仍然 仍 依然 还在 今天 今日 眼下 时至今日 还 截至 截止 更新到 资料截至"),
        (QuestionIntent.Span, "发生了什么 发生什么 发生过什么 发生了哪些 大事 经过 来龙去脉 时间线 时间轴 发生 历程 始末 事件 大事记 列出 列举 列一下 列明 盘点 梳理 回顾 清单 一览 所有事件 全部事件 哪些事 有哪些"),
        (null, "哪件 哪件事 哪一件 哪一件事 什么 啥 哪 哪些 哪个 怎么 怎样 如何 怎么样 怎么回事 何 是什么 哪里 哪儿 什么样 意思 什么意思 含义 意味 意味着 代表 梗 什么梗 哏"),
        (null, "的 了 是 在 和 与 跟 同 及 以及 对 对于 把 被 给 替 帮 用 以 拿 靠 通过 像 好像 宛如 如同 最早 最新 最后 首次 一次 最近一次 最近的一次 将来 未来 以后 今后 日后 简单 简要 简述 简介 大概 大致 大约 约 差不多 概括 总结 向 从 于 为 有 又 也 都 就 才 曾 曾经 已经 已 要 想 会 能 可以 " +
               "之初 初 力量 力 展开 议题 本人 当 身上 手法 背景 背景下 需要 采取 行动 举动 动作 措施 是指 指的是 所指 冒出来 冒出 边 那边 这边 实际 实际上 起步 刚起步 听说 据说 听人说 传闻 列为 程度 将近 接近 快要 千 手段 机会 可能性 开 开了 打 咋 咋样 咋回事 啥样 各有 各 各自 处理 除了 除 之外 持 抱持 重要 部 哪部 这部 那部 外界 希望 出自 算 算是 情况下 下 对象 早年 毛病 成 出现 老是 总是 哪一点 这一点 一点 来看 看来 总体来看 让 使 令 达成 实现 达到 利用 总的来说 总之 总体来说 整体来说 总体 网上 在网上 线上 种 哪种 哪一种 这种 那种 笔 那笔 这笔 项 条 愿意 愿 肯 乐意 人家 大家 别人 人们 人 进 去 先 首先 比 起来 下来 下去 请 请问 告诉我 一下 呢 吧 啊 呀 过 着 之 其 这 那 这个 那个 这些 那些 他 她 它 他们 她们 两人 两个 两个人 二人 两位 俩 他俩 双方 彼此 之间 " +
               "一直 到底 究竟 具体 主要 事 事情 情况 里 中 上 后 前 时 说明 介绍 关于 一 个 次 场 年 月 日 号 做 干 搞 进行 来 经常 常常 多常 公司 后面 后头 " +
               "开始 结束 第一 最初 当初 起初 后来 然后 最后 最终 真的 到 得 地 所 而 并 且 或 还是 您 你 我 我们 知道 为了 因为 所以 " +
               "由于 多 很 最 更 些 方面 相关 内容 消息 新闻 有关 出来 如何看 决定 打算 试图 到底是 结果 下场 引发 导致 造成 引起 带来 当时 那时 期间 " +
               "不同 不一样 区别 差别 差异 差 差在 异同 比较 相比 比起 比起来 对比 相较 相较于 之比 性质 类型 种类 形式 样子 " +
               "由 给出 做出 提出 成了 变成 变为 牵头 带头 领头 用来 用于 做法 作法 方式 方法 问题 这份 笔记 资料 故事 这场 整个 一切 全部 所有 早期 初期 一开始 当年 成立时 创立时 创办时 起了 起到 发挥 其中 当中 帮我 帮忙 给我 替我 麻烦 原本 原先 本来 起先 刚 件 这件 这件事 此事 这事 写到 为止 写于 截止到"),
    ];

    private static readonly (QuestionIntent? Intent, string Words)[] EnglishLists =
    [
        (QuestionIntent.When, "when when'd whens year years date time month day wen"),
        (QuestionIntent.Why, "why why'd whys grounds basis reason reasons cause causes motive motivation motivated"),
        (QuestionIntent.Who, "who whom whose who'd whos"),
        (QuestionIntent.HowMuch, "much many amount size"),
        (QuestionIntent.Now, "now currently current today still anymore nowadays presently state status standing latest situation update updates"),
        (QuestionIntent.Span, "happen happened happening events timeline occur occurred history chronology list listing everything recap rundown"),
        (null, "action actions apart distinguish distinguishes unique chance chances likely likelihood odds they'll they're they've he'll she'll it'll we'll hope hoped hoping wish wished expect expected wat wut ppl people re supposed what which how where what'd how'd where'd hows wheres main primary even last wait lol lmao haha btw hey ok okay pls plz tldr tl dr explained often frequent frequently gone goes went out off were recent mention mentioned tell describe explain know anything something thing things detail details summary " +
               "summarize overview about me you your please i we us my our he she him her his hers them do does did done has have " +
               "had can could would should may might must get got make made also ever really actually exactly between each other " +
               "both one two first any some here from up over after before during since until like so just than very more most " +
               "again yet been being am give gave go going went come came take took decide decided want wanted try tried plan " +
               "planned choose chose end eventually finally originally initially later lot kind sort way anyone someone " +
               "mean means event why's what's who's there's against toward towards regarding concerning via per according accordingly " +
               "compare compared comparison versus vs differ different difference differences contrast unlike nature type story saga note " +
               "things stuff early earliest initial original outset all whole entire full complete overall walk through show hold yo highly true anytime those built anywhere throw threw thrown allegedly reportedly supposedly"),
    ];

    /// <summary>Chinese function and question words (folded) with the intent they mark, if any.</summary>
    public static FrozenDictionary<string, QuestionIntent?> Chinese { get; } = Build(ChineseLists, english: false);

    /// <summary>English function and question words (stemmed) with the intent they mark, if any.</summary>
    public static FrozenDictionary<string, QuestionIntent?> English { get; } = Build(EnglishLists, english: true);

    /// <summary><see cref="Chinese"/> looked up by span (no allocation on the question path).</summary>
    public static FrozenDictionary<string, QuestionIntent?>.AlternateLookup<ReadOnlySpan<char>> ChineseBySpan { get; } =
        Chinese.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The characters a Chinese entry starts with: a place no entry starts at needs no lookups.</summary>
    public static System.Buffers.SearchValues<char> ChineseFirstChars { get; } =
        System.Buffers.SearchValues.Create(string.Concat(Chinese.Keys.Select(k => k[0]).Distinct()));

    /// <summary>Length of the longest Chinese entry.</summary>
    public static int ChineseMaxLength { get; } = Chinese.Keys.Max(k => k.Length);

    /// <summary>The Chinese words that mark an intent, by their first character, for finding them all in one
    /// pass over a question.</summary>
    public static FrozenDictionary<char, (string Word, QuestionIntent Intent)[]> ChineseIntentsByFirstChar { get; } =
        Chinese.Where(w => w.Value is not null).GroupBy(w => w.Key[0])
            .ToFrozenDictionary(g => g.Key, g => g.Select(w => (w.Key, w.Value!.Value)).ToArray());

    private static FrozenDictionary<string, QuestionIntent?> Build((QuestionIntent? Intent, string Words)[] lists, bool english)
    {
        var map = new Dictionary<string, QuestionIntent?>(StringComparer.Ordinal);
        foreach (var (intent, words) in lists)
        {
            foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var keys = english ? Analyzers.Terms(Analyzers.English, Analyzers.EnglishField, word) : [word];
                // First list wins, so 什么时候 stays When although 什么 is listed later.
                foreach (var key in keys) map.TryAdd(key, intent);
            }
        }
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
