using System.Collections.Frozen;

namespace FeudBot.Llm;

/// <summary>
/// A small Traditional↔Simplified table of frequent characters, enough to tell which script a text is
/// written in and to fold Traditional to Simplified when comparing a quote with a passage. The full fold
/// table of the answer engine (generated from OpenCC) can be plugged into <see cref="AnswerVerifier"/>
/// instead; this one keeps the LLM component self-contained.
/// </summary>
internal static class ChineseScript
{
    // Pairs "TS" of frequent news vocabulary, hand-written.
    private const string Pairs =
        "這这 說说 們们 為为 會会 時时 發发 對对 與与 馬马 國国 開开 關关 係系 創创 辦办 營营 組组 織织 資资 術术 產产 業业 " +
        "長长 東东 來来 過过 還还 後后 頭头 雙双 競竞 爭争 蘋苹 應应 訴诉 訟讼 協协 議议 轉转 隱隐 實实 屬属 擊击 險险 監监 擴扩 " +
        "確确 認认 稱称 購购 絕绝 麼么 個个 經经 濟济 億亿 萬万 歲岁 網网 電电 腦脑 機机 聯联 軟软 體体 專专 訪访 問问 題题 論论 " +
        "點点 擔担 執执 總总 結结 傳传 權权 戲戏 讓让 從从 種种 間间 當当 將将 並并 進进 報报 導导 紛纷 惡恶 難难 線线 錢钱 買买 " +
        "賣卖 數数 據据 標标 準准 壞坏 觀观 視视 覺觉 學学 習习 書书 寫写 讀读 聽听 記记 憶忆 義义 變变 舉举 辭辞 職职 務务 衝冲 " +
        "損损 證证 盜盗 竊窃 師师 帶带 動动 態态 際际 隊队 團团 員员 領领 軍军 戰战 價价 錯错 誤误 調调 謀谋 譏讥 詐诈 騙骗 縱纵 " +
        "斷断 試试 圖图 蘭兰 維维 臺台 灣湾 區区 歷历 麗丽 內内 處处 見见 現现 氣气 幾几 樣样 於于 無无 愛爱 聞闻 語语 話话 設设 " +
        "計计 劃划 則则 讚赞 獎奖 羅罗 鬥斗 鍵键 齊齐 龍龙 門门 閉闭 陳陈 隨随 雖虽 離离 雲云 靈灵 項项 順顺 須须 預预 頻频 顯显 " +
        "風风 飛飞 驗验 髮发 鬧闹 黃黄 齡龄 謝谢 識识 講讲 護护 豐丰 負负 財财 責责 敗败 貨货 質质 費费 賽赛 車车 較较 輪轮 農农 " +
        "運运 遠远 選选 遺遗 邊边 鐵铁 閃闪 陣阵 陸陆 隻只 雜杂 響响 類类 顧顾 餘余 騰腾 驚惊 鬆松 黨党 親亲 規规 觸触 訊讯 託托 " +
        "許许 評评 詞词 詳详 誌志 誠诚 誰谁 談谈 請请 諾诺 謂谓 譯译 貿贸 賴赖 贊赞 趨趋 輕轻 輸输 迴回 適适 遲迟 邏逻 醫医 釋释 " +
        "鐘钟 閒闲 靜静 韓韩 頓顿 願愿 養养 驅驱 畫画 療疗 盡尽 盤盘 眾众 礎础 稅税 穩稳 窮穷 筆笔 節节 範范 簡简 籌筹 紀纪 約约 " +
        "納纳 級级 細细 終终 統统 綜综 綠绿 緊紧 編编 練练 績绩 續续 聲声 興兴 舊旧 華华 葉叶 蓋盖 蘇苏 號号 衛卫 補补 製制 複复 " +
        "襲袭 訂订 討讨 訓训 詢询 該该 諸诸 貢贡 貴贵 貼贴 賓宾 賞赏 贏赢 跡迹 躍跃 載载 輔辅 辯辩 郵邮 鏈链 閣阁 闆板 階阶 額额 " +
        "顏颜 颱台 飽饱 駛驶 騎骑 鮮鲜 鳥鸟 寶宝 羨羡 擇择 揮挥 獨独 狀状 猶犹 勢势 勞劳 嚴严 喪丧 啟启 夥伙 壓压 奪夺 歸归";

    // Simplified forms that are also ordinary Traditional characters (系, 后, 台 …): they say nothing about
    // the script, so they fold but do not count as evidence of Simplified text. 著 likewise for Traditional.
    private const string AmbiguousSimplified = "系后台只余干里范冲斗松制志丑板回采准据价游云叶复着划几于托愿苹";
    private const string AmbiguousTraditional = "著";

    private static readonly FrozenDictionary<char, char> s_toSimplified = BuildFold();
    private static readonly FrozenSet<char> s_traditionalOnly =
        s_toSimplified.Keys.Where(c => !AmbiguousTraditional.Contains(c, StringComparison.Ordinal)).ToFrozenSet();
    private static readonly FrozenSet<char> s_simplifiedOnly =
        s_toSimplified.Values.Where(c => !AmbiguousSimplified.Contains(c, StringComparison.Ordinal) && !s_toSimplified.ContainsKey(c)).ToFrozenSet();

    /// <summary>The Traditional→Simplified fold of one character (itself when not in the table).</summary>
    public static char ToSimplified(char c) => s_toSimplified.TryGetValue(c, out var s) ? s : c;

    /// <summary>Counts characters that only occur in Traditional and only in Simplified text.</summary>
    public static (int Traditional, int Simplified) CountScriptMarkers(ReadOnlySpan<char> text)
    {
        int trad = 0, simp = 0;
        foreach (var c in text)
        {
            if (s_traditionalOnly.Contains(c)) trad++;
            else if (s_simplifiedOnly.Contains(c)) simp++;
        }
        return (trad, simp);
    }

    /// <summary>True for CJK ideographs (the Han script).</summary>
    public static bool IsHan(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    private static FrozenDictionary<char, char> BuildFold()
    {
        var map = new Dictionary<char, char>();
        foreach (var pair in Pairs.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (pair.Length != 2)
                throw new InvalidOperationException($"ChineseScript pair '{pair}' is not two characters.");
            if (pair[0] != pair[1])
                map.TryAdd(pair[0], pair[1]);
        }
        return map.ToFrozenDictionary();
    }
}
