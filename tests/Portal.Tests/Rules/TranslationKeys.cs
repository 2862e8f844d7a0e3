using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Portal.Tests.Rules;

/// <summary>Where a text is used: a path relative to the repository and a line (1-based).</summary>
public sealed record TextUse(string Path, int Line)
{
    public override string ToString() => $"{Path}:{Line}";
}

/// <summary>
/// The English texts of the portal that are looked up in SharedResource (the English text is the key), read from its
/// C# code with the C# compiler's parser:
/// <list type="bullet">
/// <item>localizer indexers whose first argument is a string literal: <c>L["..."]</c>, <c>l[@"...", args]</c>,
/// <c>localizer["..."]</c>, also in Razor views;</item>
/// <item>data-annotation texts, which AddDataAnnotationsLocalization looks up in SharedResource: <c>ErrorMessage = "..."</c>,
/// and <c>Name</c>, <c>Description</c>, <c>Prompt</c> of <c>[Display(...)]</c>; not in configuration classes (named
/// *Options), which ValidateDataAnnotations checks without the localizer, for the operator;</item>
/// <item>texts that reach the localizer through a variable, built in known places: the string literal that follows a
/// <c>RuleOutcome.X</c> argument (a rule result's message, also through a helper such as a rule set's <c>Add</c>), the
/// switch arms of the methods that return a key (<see cref="KeyMethods"/>) and the members of the enums shown as
/// <c>L[value.ToString()]</c> (<see cref="KeyEnums"/>).</item>
/// </list>
/// Interpolated strings and concatenations are built at run time and are never keys.
/// </summary>
public sealed partial class TranslationKeys
{
    /// <summary>The names the IStringLocalizer instances go by in the portal.</summary>
    private static readonly HashSet<string> LocalizerNames = ["L", "l", "localizer", "Localizer", "_localizer"];

    /// <summary>Static methods whose returned string is a key: name and type of their one parameter.</summary>
    private static readonly HashSet<(string Method, string Parameter)> KeyMethods =
    [
        ("DisplayNameKey", "Province"), ("Name", "AipClass"), ("Name", "DocumentKind"), ("Name", "ReminderType"),
        ("Name", "ReminderDelivery"), ("Describe", "string"), ("Name", "AuditAction"),
    ];

    /// <summary>Enums shown as <c>L[value.ToString()]</c>: each member's name is a key.</summary>
    private static readonly HashSet<string> KeyEnums = ["InvitationState"];

    private static readonly HashSet<string> DisplayTexts = ["Name", "Description", "Prompt"];

    private static readonly HashSet<string> SkippedFolders = ["bin", "obj", "node_modules", "wwwroot"];

    private readonly Dictionary<string, TextUse> _keys = new(StringComparer.Ordinal);
    private readonly List<string> _computed = [];

    /// <summary>Each key and the first place it is used, in the order found.</summary>
    public IReadOnlyDictionary<string, TextUse> Keys => _keys;

    /// <summary>The localizer calls whose key is not a literal: they are checked only through the known places above.</summary>
    public IReadOnlyList<string> ComputedKeys => _computed;

    /// <summary>Reads every .cs and .cshtml file under <paramref name="folder"/> (bin, obj, node_modules and wwwroot left out).</summary>
    public static TranslationKeys InFolder(string folder, string repositoryRoot)
    {
        var found = new TranslationKeys();
        foreach (var file in SourceFiles(folder))
        {
            var path = Path.GetRelativePath(repositoryRoot, file).Replace('\\', '/');
            var text = File.ReadAllText(file);
            if (file.EndsWith(".cs", StringComparison.Ordinal))
                found.ReadCSharp(text, path);
            else
                found.ReadRazor(text, path);
        }
        return found;
    }

    private static IEnumerable<string> SourceFiles(string folder)
    {
        foreach (var file in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
        {
            if (file.EndsWith(".cs", StringComparison.Ordinal) || file.EndsWith(".cshtml", StringComparison.Ordinal))
                yield return file;
        }
        foreach (var sub in Directory.GetDirectories(folder).Order(StringComparer.Ordinal))
        {
            if (SkippedFolders.Contains(Path.GetFileName(sub)))
                continue;
            foreach (var file in SourceFiles(sub))
                yield return file;
        }
    }

    public void ReadCSharp(string text, string path)
    {
        var root = CSharpSyntaxTree.ParseText(text, path: path).GetRoot();
        foreach (var node in root.DescendantNodes())
        {
            switch (node)
            {
                case ElementAccessExpressionSyntax access when IsLocalizer(access):
                    AddIndexer(access, path, Line(access));
                    break;
                case AttributeArgumentSyntax { NameEquals.Name.Identifier.ValueText: "ErrorMessage" } argument
                    when !InConfigurationClass(argument):
                    Add(Literal(argument.Expression), path, Line(argument));
                    break;
                case AttributeSyntax attribute when IsDisplay(attribute) && attribute.ArgumentList is { } arguments:
                    foreach (var argument in arguments.Arguments)
                    {
                        if (argument.NameEquals is { } name && DisplayTexts.Contains(name.Name.Identifier.ValueText))
                            Add(Literal(argument.Expression), path, Line(argument));
                    }
                    break;
                case BaseArgumentListSyntax list:
                    // The message of a rule result follows its outcome: new(RuleOutcome.Failed, "..."), Add(field, RuleOutcome.Passed, "...").
                    for (var i = 1; i < list.Arguments.Count; i++)
                    {
                        if (IsRuleOutcome(list.Arguments[i - 1].Expression))
                            Add(Literal(list.Arguments[i].Expression), path, Line(list.Arguments[i]));
                    }
                    break;
                case MethodDeclarationSyntax method when IsKeyMethod(method):
                    foreach (var arm in method.DescendantNodes().OfType<SwitchExpressionArmSyntax>())
                        Add(Literal(arm.Expression), path, Line(arm));
                    break;
                case EnumDeclarationSyntax declaration when KeyEnums.Contains(declaration.Identifier.ValueText):
                    foreach (var member in declaration.Members)
                        Add(member.Identifier.ValueText, path, Line(member));
                    break;
            }
        }
    }

    /// <summary>
    /// A Razor view is not C#, but each localizer call in it is a C# expression: parsed from where it starts, the parser
    /// takes the longest expression it can, and the indexer is the leftmost part of it whatever markup follows.
    /// </summary>
    public void ReadRazor(string text, string path)
    {
        var lines = SourceText.From(text).Lines;
        foreach (Match start in RazorLocalizer().Matches(text))
        {
            var expression = SyntaxFactory.ParseExpression(text[start.Index..], consumeFullText: false);
            var access = expression.DescendantNodesAndSelf().OfType<ElementAccessExpressionSyntax>()
                .FirstOrDefault(e => e.SpanStart == 0 && IsLocalizer(e));
            if (access is not null)
                AddIndexer(access, path, lines.GetLineFromPosition(start.Index).LineNumber + 1);
        }
    }

    /// <summary>Where a localizer indexer may start in a view: its name, not part of a longer name or of a member access.</summary>
    [GeneratedRegex(@"(?<![\w.])(?:L|l|localizer|Localizer|_localizer)\[")]
    private static partial Regex RazorLocalizer();

    private void AddIndexer(ElementAccessExpressionSyntax access, string path, int line)
    {
        var first = access.ArgumentList.Arguments.FirstOrDefault();
        if (first is not null && Literal(first.Expression) is { } key)
            Add(key, path, line);
        else
            _computed.Add($"{path}:{line}: {access}");
    }

    private void Add(string? key, string path, int line)
    {
        if (!string.IsNullOrEmpty(key))
            _keys.TryAdd(key, new TextUse(path, line));
    }

    /// <summary>The value of a plain, verbatim or raw string literal; null for anything built at run time.</summary>
    private static string? Literal(ExpressionSyntax expression) =>
        expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression)
            ? literal.Token.ValueText
            : null;

    private static bool IsLocalizer(ElementAccessExpressionSyntax access) =>
        access.Expression is IdentifierNameSyntax name && LocalizerNames.Contains(name.Identifier.ValueText);

    private static bool IsDisplay(AttributeSyntax attribute) =>
        RightmostName(attribute.Name) is "Display" or "DisplayAttribute";

    private static bool IsRuleOutcome(ExpressionSyntax expression) =>
        expression is MemberAccessExpressionSyntax { Expression: var type } && RightmostName(type) == "RuleOutcome";

    private static bool IsKeyMethod(MethodDeclarationSyntax method) =>
        method.Modifiers.Any(SyntaxKind.StaticKeyword)
        && method.ReturnType is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.StringKeyword }
        && method.ParameterList.Parameters is [{ Type: { } type }]
        && KeyMethods.Contains((method.Identifier.ValueText, RightmostName(type)));

    private static bool InConfigurationClass(SyntaxNode node) =>
        node.Ancestors().OfType<TypeDeclarationSyntax>().FirstOrDefault() is { } type
        && type.Identifier.ValueText.EndsWith("Options", StringComparison.Ordinal);

    private static string RightmostName(SyntaxNode node) => node switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => node.ToString(),
    };

    private static int Line(SyntaxNode node) => node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
}
