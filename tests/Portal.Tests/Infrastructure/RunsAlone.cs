namespace Portal.Tests.Infrastructure;

/// <summary>
/// Tests that load the machine (two portal instances sending 10,000 emails) run in this collection: xunit runs it
/// after every other collection, alone, so its figures are its own and the browser journeys are not starved of CPU.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "Runs alone";
}
