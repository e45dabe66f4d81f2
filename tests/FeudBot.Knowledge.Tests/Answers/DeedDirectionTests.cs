using FeudBot.Knowledge.Answers;

namespace FeudBot.Knowledge.Tests.Answers;

/// <summary>
/// A question that takes a directed deed as given (who sued, bid, left, said) is answered only when the note has
/// the question's doer doing it: the roles reversed ("When did Altman sue Musk?", where the note has Musk suing)
/// are declined, while the note's own roles are still answered, in all three languages.
/// </summary>
public class DeedDirectionTests
{
    private static Answer Ask(string q, string? hint = null) => KnowledgeFixture.Answerer.Ask(q, hint);

    [Theory]
    [InlineData("When did Altman sue Musk?")]
    [InlineData("Did Altman sue Musk?")]
    [InlineData("When did OpenAI sue Musk?")]
    [InlineData("When did OpenAI sue xAI?")]
    [InlineData("When did Altman bid for xAI?")]
    [InlineData("Why did Altman leave the OpenAI board?")]
    [InlineData("Why did Altman leave OpenAI's board?")]
    [InlineData("What did Tucker Carlson say about Musk?")]
    [InlineData("Why did Musk accuse Altman of manipulating X?")] // Altman accused Musk
    [InlineData("When did Altman call Musk Scam Altman?")] // an accusation is not a calling
    [InlineData("塔克·卡爾森對馬斯克說了什麼？")] // the one spoken to before the verb, after 對
    [InlineData("OpenAI为什么起诉马斯克？")]
    [InlineData("Did OpenAI accuse xAI of stealing trade secrets?")]
    [InlineData("奥特曼怎么称呼马斯克？")] // Musk gave the nicknames
    [InlineData("奧特曼什麼時候起訴馬斯克？")]
    [InlineData("OpenAI什麼時候起訴馬斯克？")]
    [InlineData("蘋果什麼時候起訴xAI？")]
    [InlineData("奥特曼什么时候起诉马斯克？")]
    [InlineData("奥特曼为什么退出OpenAI董事会？")]
    public void AQuestionWithTheRolesReversedIsDeclined(string question)
    {
        var answer = Ask(question);
        Assert.False(answer.Answered, answer.Text);
    }

    [Theory]
    [InlineData("When did Musk sue OpenAI?", "2024")]
    [InlineData("Did Musk sue OpenAI?", "2024")]
    [InlineData("When did Musk sue Altman?", "2024")]
    [InlineData("When did xAI sue OpenAI?", "2025-09")]
    [InlineData("When did Musk bid for OpenAI?", "2025-02")]
    [InlineData("Why did Musk leave the OpenAI board?", "2018")]
    [InlineData("What did Altman say on Tucker Carlson's show?", "2025-10")]
    [InlineData("馬斯克何時起訴OpenAI？", "2024")]
    [InlineData("馬斯克什麼時候起訴奧特曼？", "2024")]
    [InlineData("馬斯克什麼時候出價收購OpenAI？", "2025-02")]
    [InlineData("xAI什麼時候起訴OpenAI？", "2025-09")]
    [InlineData("马斯克为什么退出OpenAI董事会？", "2018")]
    [InlineData("马斯克什么时候起诉奥特曼？", "2024")]
    [InlineData("奥特曼在塔克·卡尔森节目上说了什么？", "2025-10")]
    [InlineData("What did Altman accuse Musk of?", "2025-08")] // Musk's 2024 suit (accusing them) ranks a hair higher
    [InlineData("What has Altman accused Musk of?", "2025-08")]
    [InlineData("马斯克指控OpenAI违反了什么？", "2024")] // xAI's suit also accuses OpenAI; Musk's own is the near tie
    public void TheSameQuestionWithTheNotesRolesIsAnswered(string question, string date)
    {
        var answer = Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(date, answer.Events[0].Date.ToIsoString());
    }

    [Theory]
    [InlineData("Who sued OpenAI?")] // asks for the doer: nothing is taken as given
    [InlineData("When did Microsoft start funding OpenAI?")] // start only begins the funding
    [InlineData("When did xAI launch Grok?")] // founding and launching are not checked: a company launches its product
    [InlineData("When did Musk and Altman found OpenAI?")]
    [InlineData("奧特曼和馬斯克一起創辦了OpenAI嗎？")]
    [InlineData("Why did Altman accuse Musk of manipulating X?")]
    [InlineData("OpenAI什麼時候被馬斯克起訴？")] // passive: the first name receives the deed
    [InlineData("Why did OpenAI reject Musk's bid?")] // the bid is Musk's, rejecting it OpenAI's
    [InlineData("What did OpenAI call Musk's lawsuit?")] // "OpenAI responded that the lawsuit was sour grapes"
    [InlineData("马斯克说OpenAI变成了微软的什么？")] // "Musk's lawsuit claimed": saying and claiming are one deed
    public void ADeedWhoseDoerTheQuestionDoesNotMisplaceIsStillAnswered(string question)
    {
        var answer = Ask(question);
        Assert.True(answer.Answered, answer.Text);
    }
}
