using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Tests.Synthesis;

/// <summary>
/// The two toolchains (docs/cdk-terrain.md): their accepted syntheses are the same infrastructure but for the named
/// differences, and on CDK Terrain the AUTH token is ephemeral and write-only. Each toolchain's snapshot tests compare
/// its own synthesis with its accepted files, so together these show both toolchains' stacks equal.
/// </summary>
public sealed class ToolchainTests
{
    /// <summary>A synthesis without what may differ: the CDK's version in the metadata and the provider's source and version.</summary>
    private static JsonNode Normalized(string path)
    {
        var stack = JsonNode.Parse(File.ReadAllText(path))!;
        stack["//"]!["metadata"]!.AsObject().Remove("version");
        stack["terraform"]!["required_providers"]!["aws"]!.AsObject().Remove("source");
        stack["terraform"]!["required_providers"]!["aws"]!.AsObject().Remove("version");
        return stack;
    }

    [Fact]
    public void Both_toolchains_accepted_syntheses_are_equal_but_for_the_cdks_and_the_providers_versions()
    {
        var names = Directory.GetFiles(RepoPaths.AcceptedCdktf, "*.cdk.tf.json").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(names, Directory.GetFiles(RepoPaths.AcceptedCdktn, "*.cdk.tf.json").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.NotEmpty(names);
        foreach (var name in names)
        {
            var cdktf = Path.Combine(RepoPaths.AcceptedCdktf, name!);
            var cdktn = Path.Combine(RepoPaths.AcceptedCdktn, name!);
            Assert.True(JsonNode.DeepEquals(Normalized(cdktf), Normalized(cdktn)), $"{name}: the toolchains differ beyond the named differences");
            Assert.Equal("6.25.0", JsonNode.Parse(File.ReadAllText(cdktf))!["terraform"]!["required_providers"]!["aws"]!["version"]!.GetValue<string>());
            Assert.Equal("hashicorp/aws", JsonNode.Parse(File.ReadAllText(cdktn))!["terraform"]!["required_providers"]!["aws"]!["source"]!.GetValue<string>());
        }
    }

    [Fact]
    public void The_auth_token_goes_the_toolchains_way_and_the_report_says_whether_a_secret_reaches_state()
    {
        var file = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Environments, "hml.json")))!;
        file["variables"]!["transit_encryption_enabled"] = true;
        file["variables"]!["auth_token_secret_id"] = "valkey/hml/auth-token";
        var environment = EnvironmentFile.Parse("hml", file.ToJsonString(), "hml.json").Environments.Single();
        using var work = new TempDir();

        var stack = Synthesizer.Synthesize([environment], work.Path).Single().Json;
        var rg = stack["resource"]!["aws_elasticache_replication_group"]!["valkey"]!;
        var summary = Valkey.Cdktf.App.Compliance.EnvironmentSummary.Of(environment, stack,
            Valkey.Cdktf.App.Compliance.ComplianceReport.Evaluate("hml", stack, environment.Compliance));

#if CDKTN
        Assert.NotNull(stack["ephemeral"]?["aws_secretsmanager_secret_version"]?["valkey_auth_token"]);
        Assert.Null(stack["data"]?["aws_secretsmanager_secret_version"]);
        Assert.Null(rg["auth_token"]);
        Assert.Equal("${ephemeral.aws_secretsmanager_secret_version.valkey_auth_token.secret_string}", rg["auth_token_wo"]!.GetValue<string>());
        Assert.Equal(1, rg["auth_token_wo_version"]!.GetValue<int>());
        Assert.False(summary.SecretsInState);
#else
        Assert.NotNull(stack["data"]?["aws_secretsmanager_secret_version"]?["valkey_auth_token"]);
        Assert.Null(stack["ephemeral"]);
        Assert.Equal("${data.aws_secretsmanager_secret_version.valkey_auth_token.secret_string}", rg["auth_token"]!.GetValue<string>());
        Assert.Null(rg["auth_token_wo"]);
        Assert.True(summary.SecretsInState);
#endif
    }
}
