namespace Portal.Tests.Rules;

/// <summary>What <see cref="TranslationKeys"/> takes for a key, and what it leaves, on small pieces of code.</summary>
public sealed class FindingTheTextsToTranslate
{
    private static List<string> KeysInCSharp(string code)
    {
        var found = new TranslationKeys();
        found.ReadCSharp(code, "Sample.cs");
        return [.. found.Keys.Keys];
    }

    private static TranslationKeys InRazor(string view)
    {
        var found = new TranslationKeys();
        found.ReadRazor(view, "Sample.cshtml");
        return found;
    }

    [Fact]
    public void A_localizer_indexer_with_a_literal_is_a_key_and_one_built_at_run_time_is_not()
    {
        const string code = """
            class Page
            {
                void Show(IStringLocalizer l, IStringLocalizer<SharedResource> _localizer, string name)
                {
                    _ = l["Saved."];
                    _ = l[@"Say ""hello"".", name];
                    _ = _localizer["Line\tbreak"];
                    _ = l[$"Hello {name}"];
                    _ = l["Hello " + name];
                    _ = l[name];
                    _ = other.l["Not a localizer"];
                    // l["In a comment"]
                }
            }
            """;
        Assert.Equal(["Saved.", "Say \"hello\".", "Line\tbreak"], KeysInCSharp(code));
    }

    [Fact]
    public void Data_annotation_texts_are_keys_except_in_configuration_classes()
    {
        const string code = """
            public sealed class LoginInput
            {
                [Required(ErrorMessage = "Enter your email."), EmailAddress(ErrorMessage = $"Not {x}")]
                [System.ComponentModel.DataAnnotations.Display(Name = "Email", Prompt = "you@example.com", Description = "Where we write", GroupName = "Not a key")]
                public string Email { get; set; } = "";
            }
            public sealed class EmailOptions
            {
                [Required(ErrorMessage = "Email:Host is required.")]
                public string Host { get; set; } = "";
            }
            """;
        Assert.Equal(["Enter your email.", "Email", "you@example.com", "Where we write"], KeysInCSharp(code));
    }

    [Fact]
    public void The_message_after_a_rule_outcome_is_a_key()
    {
        const string code = """
            static class Rules
            {
                static void Check(List<RuleResult> results, string field, string name)
                {
                    results.Add(new RuleResult(RuleOutcome.Failed, "{0} is not open.", name));
                    results.Add(new(RuleOutcome.Passed, "The job is full-time."));
                    Add(field, RuleOutcome.Warning, "Check the passport.");
                    results.Add(new(RuleOutcome.Info, $"Built {name}"));
                    results.Add(new(RuleOutcome.Info, "Built " + name));
                    results.Add(new("Not after an outcome", RuleOutcome.Info));
                }
            }
            """;
        Assert.Equal(["{0} is not open.", "The job is full-time.", "Check the passport."], KeysInCSharp(code));
    }

    [Fact]
    public void The_arms_of_a_key_method_and_the_members_of_a_key_enum_are_keys()
    {
        const string code = """
            public enum InvitationState { Pending, [Obsolete] Accepted = 1, }
            public enum OtherState { NotAKey }
            public static class Provinces
            {
                public static string DisplayNameKey(Province p) => p switch
                {
                    Province.AB => "Alberta",
                    _ => p.ToString(),
                };
                public static string Code(Province p) => p switch { Province.AB => "AB", _ => "" };
            }
            """;
        Assert.Equal(["Pending", "Accepted", "Alberta"], KeysInCSharp(code));
    }

    [Fact]
    public void In_a_view_the_indexer_is_read_whatever_markup_follows_it()
    {
        const string view = """
            <h1>@L["Members"]</h1>
            <p title="@L["Who can sign in"]">@L["{0} of {1}", Model.Count, Model.Total] (@l["optional"])</p>
            <td>@L[r.State.ToString()]</td>
            @Html.DisplayFor(m => m.L["Not a localizer"]) @XL["Nor this"]
            """;
        var found = InRazor(view);
        Assert.Equal(["Members", "Who can sign in", "{0} of {1}", "optional"], found.Keys.Keys);
        Assert.Equal(new TextUse("Sample.cshtml", 2), found.Keys["{0} of {1}"]);
        Assert.Equal(["Sample.cshtml:3: L[r.State.ToString()]"], found.ComputedKeys);
    }
}
