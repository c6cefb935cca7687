using System.Net;

namespace Valkey.Cdktf.App.Deploy.Tests;

/// <summary>
/// Each patch of moto 5.2.1's ElastiCache (src/Valkey.Cdktf.App/Emulator/moto_patches.py): without
/// it the named failure occurs, with it the API answers as AWS does. When a later moto fixes a gap,
/// the "without" test fails: the patch can go.
/// </summary>
public sealed class EmulatorPatchTests : IClassFixture<EmulatorPatchTests.Emulators>
{
    private readonly Emulators _emulators;

    public EmulatorPatchTests(Emulators emulators) => _emulators = emulators;

    /// <summary>One emulator with every patch and one without each, started together, stopped at the end.</summary>
    public sealed class Emulators : IDisposable
    {
        public static readonly string[] Patches =
            ["member_clusters", "member_cluster_fields", "reader_endpoint", "delete_replication_group", "modify_replication_group", "cache_subnet_group_calls", "apply_time_rules", "cache_parameter_group_calls", "user_group_calls", "shard_calls"];

        private readonly Dictionary<string, Task<(EmulatorServer? Server, string? Problem)>> _started;

        public Emulators() =>
            _started = Patches.Select(p => (Key: p, Without: new[] { p })).Append((Key: "", Without: Array.Empty<string>()))
                .ToDictionary(x => x.Key, x => Task.Run(() => EmulatorServer.Start(null, x.Without)), StringComparer.Ordinal);

        /// <summary>The emulator without <paramref name="patch"/>; "" for the one with all of them.</summary>
        internal EmulatorApi Api(string patch)
        {
            var (server, problem) = _started[patch].GetAwaiter().GetResult();
            Assert.True(server is not null, $"the emulator did not start: {problem}");
            return new EmulatorApi(server!);
        }

        internal IEnumerable<EmulatorServer> Servers => _started.Values.Select(t => t.GetAwaiter().GetResult().Server).OfType<EmulatorServer>();

        public void Dispose()
        {
            foreach (var server in Servers) server.Dispose();
        }
    }

    [Fact]
    public void Member_clusters_without_the_patch_a_group_has_one_node_and_no_cluster_to_describe()
    {
        using var without = _emulators.Api("member_clusters");
        without.CreateGroup("rg-a", nodes: 2);
        Assert.Equal("CacheClusterNotFound", without.ElastiCache("DescribeCacheClusters", ("CacheClusterId", "rg-a-001")).Error);
        Assert.Single(without.ElastiCache("DescribeReplicationGroups", ("ReplicationGroupId", "rg-a")).Find("MemberClusters")!.Elements());

        using var with = _emulators.Api("");
        with.CreateGroup("rg-a", nodes: 2);
        Assert.Equal(["rg-a-001", "rg-a-002"], with.ElastiCache("DescribeReplicationGroups", ("ReplicationGroupId", "rg-a")).Find("MemberClusters")!.Elements().Select(e => e.Value));
        Assert.Equal(HttpStatusCode.OK, with.ElastiCache("DescribeCacheClusters", ("CacheClusterId", "rg-a-002")).Status);
    }

    [Fact]
    public void Member_cluster_fields_without_the_patch_the_encryption_flags_parameter_group_and_security_groups_are_missing()
    {
        using var without = _emulators.Api("member_cluster_fields");
        without.CreateGroup("rg-b");
        var bare = without.ElastiCache("DescribeCacheClusters", ("CacheClusterId", "rg-b-001"));
        Assert.Equal(HttpStatusCode.OK, bare.Status);
        Assert.Null(bare.Find("AtRestEncryptionEnabled"));
        Assert.Null(bare.Find("SecurityGroupId"));

        using var with = _emulators.Api("");
        with.CreateGroup("rg-b");
        var full = with.ElastiCache("DescribeCacheClusters", ("CacheClusterId", "rg-b-001"));
        Assert.Equal("true", full.Find("AtRestEncryptionEnabled")?.Value);
        Assert.Equal("false", full.Find("TransitEncryptionEnabled")?.Value);
        Assert.Equal("default.valkey8", full.Find("CacheParameterGroupName")?.Value);
        Assert.Equal("sg-12345", full.Find("SecurityGroupId")?.Value);
        Assert.Equal("rg-b", full.Find("ReplicationGroupId")?.Value);
    }

    [Fact]
    public void Reader_endpoint_without_the_patch_a_group_has_none()
    {
        using var without = _emulators.Api("reader_endpoint");
        Assert.Null(without.CreateGroup("rg-c").Find("ReaderEndpoint"));

        using var with = _emulators.Api("");
        Assert.StartsWith("replica.rg-c.", with.CreateGroup("rg-c").Find("ReaderEndpoint")?.Element(XName("Address"))?.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Delete_replication_group_without_the_patch_the_group_stays_deleting_and_its_tags_outlive_it()
    {
        using var without = _emulators.Api("delete_replication_group");
        without.CreateGroup("rg-d");
        without.ElastiCache("DeleteReplicationGroup", ("ReplicationGroupId", "rg-d"));
        Assert.Equal("deleting", without.ElastiCache("DescribeReplicationGroups", ("ReplicationGroupId", "rg-d")).Find("Status")?.Value);

        using var with = _emulators.Api("");
        with.CreateGroup("rg-d");
        Assert.Equal(HttpStatusCode.OK, with.ElastiCache("DeleteReplicationGroup", ("ReplicationGroupId", "rg-d"), ("FinalSnapshotIdentifier", "rg-d-final")).Status);
        Assert.Equal("ReplicationGroupNotFoundFault", with.ElastiCache("DescribeReplicationGroups", ("ReplicationGroupId", "rg-d")).Error);
        Assert.Equal("CacheClusterNotFound", with.ElastiCache("DescribeCacheClusters", ("CacheClusterId", "rg-d-001")).Error);
        Assert.Equal(HttpStatusCode.OK, with.ElastiCache("DescribeSnapshots", ("SnapshotName", "rg-d-final")).Status);
        var again = with.ElastiCache("CreateReplicationGroup", ("ReplicationGroupId", "rg-d"), ("ReplicationGroupDescription", "again"), ("Engine", "valkey"), ("CacheNodeType", "cache.t3.micro"));
        var arn = again.Find("ARN")!.Value;
        Assert.Empty(with.ElastiCache("ListTagsForResource", ("ResourceName", arn)).Find("TagList")?.Elements() ?? []);
    }

    [Fact]
    public void Modify_replication_group_without_the_patch_is_an_http_500()
    {
        using var without = _emulators.Api("modify_replication_group");
        without.CreateGroup("rg-e");
        Assert.Equal(HttpStatusCode.InternalServerError, Modify(without).Status);

        using var with = _emulators.Api("");
        with.CreateGroup("rg-e");
        Assert.Equal(HttpStatusCode.OK, Modify(with).Status);
        // The provider reads the window back from the first member.
        Assert.Equal("wed:05:00-wed:06:00", with.ElastiCache("DescribeCacheClusters", ("CacheClusterId", "rg-e-001")).Find("PreferredMaintenanceWindow")?.Value);

        static EmulatorApi.Answer Modify(EmulatorApi api) => api.ElastiCache("ModifyReplicationGroup",
            ("ReplicationGroupId", "rg-e"), ("PreferredMaintenanceWindow", "wed:05:00-wed:06:00"), ("ApplyImmediately", "false"));
    }

    [Fact]
    public void Cache_subnet_group_calls_without_the_patch_delete_and_modify_are_http_500()
    {
        using var without = _emulators.Api("cache_subnet_group_calls");
        CreateSubnetGroup(without);
        Assert.Equal(HttpStatusCode.InternalServerError, without.ElastiCache("ModifyCacheSubnetGroup", ("CacheSubnetGroupName", "sg-f"), ("CacheSubnetGroupDescription", "new")).Status);
        Assert.Equal(HttpStatusCode.InternalServerError, without.ElastiCache("DeleteCacheSubnetGroup", ("CacheSubnetGroupName", "sg-f")).Status);

        using var with = _emulators.Api("");
        CreateSubnetGroup(with);
        Assert.Equal("new", with.ElastiCache("ModifyCacheSubnetGroup", ("CacheSubnetGroupName", "sg-f"), ("CacheSubnetGroupDescription", "new")).Find("CacheSubnetGroupDescription")?.Value);
        Assert.Equal(HttpStatusCode.OK, with.ElastiCache("DeleteCacheSubnetGroup", ("CacheSubnetGroupName", "sg-f")).Status);
        Assert.Equal("CacheSubnetGroupNotFoundFault", with.ElastiCache("DescribeCacheSubnetGroups", ("CacheSubnetGroupName", "sg-f")).Error);

        static void CreateSubnetGroup(EmulatorApi api) => api.ElastiCache("CreateCacheSubnetGroup",
            ("CacheSubnetGroupName", "sg-f"), ("CacheSubnetGroupDescription", "old"), ("SubnetIds.SubnetIdentifier.1", "subnet-1"));
    }

    private static readonly (string, string)[] SlowLog =
    [
        ("LogDeliveryConfigurations.LogDeliveryConfigurationRequest.1.LogType", "slow-log"),
        ("LogDeliveryConfigurations.LogDeliveryConfigurationRequest.1.DestinationType", "cloudwatch-logs"),
        ("LogDeliveryConfigurations.LogDeliveryConfigurationRequest.1.DestinationDetails.CloudWatchLogsDetails.LogGroup", "/aws/elasticache/x/slow-log"),
        ("LogDeliveryConfigurations.LogDeliveryConfigurationRequest.1.LogFormat", "json"),
        ("LogDeliveryConfigurations.LogDeliveryConfigurationRequest.1.Enabled", "true"),
    ];

    private static EmulatorApi.Answer Modify(EmulatorApi api, string id, params (string, string)[] parameters) =>
        api.ElastiCache("ModifyReplicationGroup", [("ReplicationGroupId", id), .. parameters]);

    [Fact]
    public void Apply_time_rules_log_delivery_needs_apply_immediately()
    {
        using var with = _emulators.Api("");
        with.CreateGroup("rg-g");
        var refused = Modify(with, "rg-g", [("ApplyImmediately", "false"), .. SlowLog]);
        Assert.Equal(("InvalidParameterValue", true), (refused.Error, refused.Body.Contains("To modify the log delivery configuration, set the apply-immediately parameter to true", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.OK, Modify(with, "rg-g", [("ApplyImmediately", "true"), .. SlowLog]).Status);

        using var without = _emulators.Api("apply_time_rules");
        without.CreateGroup("rg-g");
        Assert.Equal(HttpStatusCode.OK, Modify(without, "rg-g", [("ApplyImmediately", "false"), .. SlowLog]).Status);
    }

    [Fact]
    public void Apply_time_rules_TLS_on_an_existing_group_goes_through_preferred()
    {
        using var with = _emulators.Api("");
        with.CreateGroup("rg-h");
        Assert.Equal("InvalidParameterCombination", Modify(with, "rg-h", ("TransitEncryptionEnabled", "true")).Error);
        Assert.Equal("InvalidParameterCombination", Modify(with, "rg-h", ("TransitEncryptionEnabled", "true"), ("TransitEncryptionMode", "required")).Error);
        var modeWithoutTls = Modify(with, "rg-h", ("TransitEncryptionMode", "preferred"));
        Assert.Contains("To modify transit encryption mode, set encryption-in-transit as enabled.", modeWithoutTls.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, Modify(with, "rg-h", ("TransitEncryptionEnabled", "true"), ("TransitEncryptionMode", "preferred")).Status);
        Assert.Equal(HttpStatusCode.OK, Modify(with, "rg-h", ("TransitEncryptionMode", "required")).Status);
        Assert.Equal("required", with.ElastiCache("DescribeCacheClusters", ("CacheClusterId", "rg-h-001")).Find("TransitEncryptionMode")?.Value);

        using var without = _emulators.Api("apply_time_rules");
        without.CreateGroup("rg-h");
        Assert.Equal(HttpStatusCode.OK, Modify(without, "rg-h", ("TransitEncryptionEnabled", "true"), ("TransitEncryptionMode", "required")).Status);
    }

    [Fact]
    public void Apply_time_rules_a_token_is_added_with_ROTATE_then_SET_and_must_be_one_ElastiCache_accepts()
    {
        using var with = _emulators.Api("");
        with.CreateGroup("rg-i");
        Modify(with, "rg-i", ("TransitEncryptionEnabled", "true"), ("TransitEncryptionMode", "preferred"));
        const string Token = "RehearsalTokenNotASecret00000000";
        Assert.Equal("InvalidParameterCombination", Modify(with, "rg-i", ("AuthToken", Token), ("AuthTokenUpdateStrategy", "SET"), ("ApplyImmediately", "true")).Error);
        Assert.Equal("InvalidParameterValue", Modify(with, "rg-i", ("AuthToken", "{\"token\":\"json-secret-value\"}"), ("AuthTokenUpdateStrategy", "ROTATE")).Error);
        Assert.Equal(HttpStatusCode.OK, Modify(with, "rg-i", ("AuthToken", Token), ("AuthTokenUpdateStrategy", "ROTATE")).Status);
        Assert.Equal(HttpStatusCode.OK, Modify(with, "rg-i", ("AuthToken", Token), ("AuthTokenUpdateStrategy", "SET")).Status);

        using var without = _emulators.Api("apply_time_rules");
        without.CreateGroup("rg-i");
        Assert.Equal(HttpStatusCode.OK, Modify(without, "rg-i", ("AuthToken", "short"), ("AuthTokenUpdateStrategy", "SET")).Status);
    }

    [Fact]
    public void Apply_time_rules_no_engine_downgrade()
    {
        using var with = _emulators.Api("");
        with.CreateGroup("rg-j");
        Assert.Equal("InvalidParameterCombination", Modify(with, "rg-j", ("EngineVersion", "7.2")).Error);
        Assert.Equal(HttpStatusCode.OK, Modify(with, "rg-j", ("EngineVersion", "8.1")).Status);

        using var without = _emulators.Api("apply_time_rules");
        without.CreateGroup("rg-j");
        Assert.Equal(HttpStatusCode.OK, Modify(without, "rg-j", ("EngineVersion", "7.2")).Status);
    }

    private static EmulatorApi.Answer CreateParameterGroup(EmulatorApi api, string name, string family) =>
        api.ElastiCache("CreateCacheParameterGroup", ("CacheParameterGroupName", name), ("CacheParameterGroupFamily", family), ("Description", "rehearsal"),
            ("Tags.Tag.1.Key", "Name"), ("Tags.Tag.1.Value", name));

    [Fact]
    public void Cache_parameter_group_calls_without_the_patch_there_are_none()
    {
        using var without = _emulators.Api("cache_parameter_group_calls");
        Assert.Equal(HttpStatusCode.InternalServerError, CreateParameterGroup(without, "pg-a", "valkey8").Status);

        using var with = _emulators.Api("");
        Assert.Equal(HttpStatusCode.OK, CreateParameterGroup(with, "PG-A", "valkey8").Status);
        Assert.Equal("CacheParameterGroupAlreadyExists", CreateParameterGroup(with, "pg-a", "valkey8").Error);
        Assert.Equal(HttpStatusCode.OK, with.ElastiCache("ModifyCacheParameterGroup", ("CacheParameterGroupName", "pg-a"),
            ("ParameterNameValues.ParameterNameValue.1.ParameterName", "maxmemory-policy"), ("ParameterNameValues.ParameterNameValue.1.ParameterValue", "allkeys-lru"),
            ("ParameterNameValues.ParameterNameValue.2.ParameterName", "timeout"), ("ParameterNameValues.ParameterNameValue.2.ParameterValue", "300")).Status);
        Assert.Equal(HttpStatusCode.OK, with.ElastiCache("ResetCacheParameterGroup", ("CacheParameterGroupName", "pg-a"),
            ("ParameterNameValues.ParameterNameValue.1.ParameterName", "timeout")).Status);
        var user = with.ElastiCache("DescribeCacheParameters", ("CacheParameterGroupName", "pg-a"), ("Source", "user"));
        Assert.Equal(["maxmemory-policy"], user.Xml!.Descendants().Where(e => e.Name.LocalName == "ParameterName").Select(e => e.Value));
        var group = with.ElastiCache("DescribeCacheParameterGroups", ("CacheParameterGroupName", "pg-a"));
        Assert.Equal("valkey8", group.Find("CacheParameterGroupFamily")?.Value);
        var tags = with.ElastiCache("ListTagsForResource", ("ResourceName", group.Find("ARN")!.Value));
        Assert.Equal("PG-A", tags.Find("Value")?.Value);

        // A group uses it: it cannot be deleted; a group of another family is refused, as AWS refuses it.
        with.CreateGroup("rg-k");
        Assert.Equal(HttpStatusCode.OK, Modify(with, "rg-k", ("CacheParameterGroupName", "pg-a")).Status);
        Assert.Equal("InvalidCacheParameterGroupState", with.ElastiCache("DeleteCacheParameterGroup", ("CacheParameterGroupName", "pg-a")).Error);
        Assert.Equal(HttpStatusCode.OK, CreateParameterGroup(with, "pg-b", "valkey7").Status);
        Assert.Equal("InvalidParameterCombination", Modify(with, "rg-k", ("CacheParameterGroupName", "pg-b")).Error);
        Assert.Equal(HttpStatusCode.OK, with.ElastiCache("DeleteCacheParameterGroup", ("CacheParameterGroupName", "pg-b")).Status);
        Assert.Equal("CacheParameterGroupNotFound", with.ElastiCache("DescribeCacheParameterGroups", ("CacheParameterGroupName", "pg-b")).Error);
    }

    private static EmulatorApi.Answer CreateUser(EmulatorApi api, string id, params (string, string)[] authentication) =>
        api.ElastiCache("CreateUser", [("UserId", id), ("UserName", id), ("Engine", "valkey"), ("AccessString", "on ~* +@all"), .. authentication]);

    [Fact]
    public void User_group_calls_without_the_patch_there_are_none()
    {
        using var without = _emulators.Api("user_group_calls");
        Assert.Equal(HttpStatusCode.OK, CreateUser(without, "app-a", ("AuthenticationMode.Type", "iam")).Status);
        Assert.Equal(HttpStatusCode.InternalServerError, without.ElastiCache("CreateUserGroup", ("UserGroupId", "ug-a"), ("Engine", "valkey"), ("UserIds.member.1", "app-a")).Status);

        using var with = _emulators.Api("");
        Assert.Equal(HttpStatusCode.OK, CreateUser(with, "app-a", ("AuthenticationMode.Type", "iam")).Status);
        Assert.Equal(HttpStatusCode.OK, CreateUser(with, "open-a", ("NoPasswordRequired", "true")).Status);
        var created = with.ElastiCache("CreateUserGroup", ("UserGroupId", "UG-A"), ("Engine", "valkey"), ("UserIds.member.1", "app-a"),
            ("Tags.Tag.1.Key", "Name"), ("Tags.Tag.1.Value", "ug-a"));
        Assert.Equal("ug-a", created.Find("UserGroupId")?.Value);
        Assert.Equal("active", with.ElastiCache("DescribeUserGroups", ("UserGroupId", "ug-a")).Find("Status")?.Value);
        Assert.Equal("ug-a", with.ElastiCache("ListTagsForResource", ("ResourceName", created.Find("ARN")!.Value)).Find("Value")?.Value);
        // AWS's rule: a user group of engine valkey holds only users with a password or IAM.
        Assert.Equal("InvalidParameterCombination", with.ElastiCache("ModifyUserGroup", ("UserGroupId", "ug-a"), ("UserIdsToAdd.member.1", "open-a")).Error);
        Assert.Equal("UserNotFound", with.ElastiCache("ModifyUserGroup", ("UserGroupId", "ug-a"), ("UserIdsToAdd.member.1", "nobody")).Error);
        Assert.Equal(HttpStatusCode.OK, with.ElastiCache("DeleteUserGroup", ("UserGroupId", "ug-a")).Status);
        Assert.Equal("UserGroupNotFound", with.ElastiCache("DescribeUserGroups", ("UserGroupId", "ug-a")).Error);
    }

    [Fact]
    public void Shard_calls_without_the_patch_a_cluster_cannot_reshard()
    {
        static EmulatorApi.Answer Cluster(EmulatorApi api, string id) => api.ElastiCache("CreateReplicationGroup", ("ReplicationGroupId", id),
            ("ReplicationGroupDescription", "rehearsal"), ("Engine", "valkey"), ("EngineVersion", "8.0"), ("CacheNodeType", "cache.t4g.small"),
            ("ClusterMode", "enabled"), ("NumNodeGroups", "2"), ("ReplicasPerNodeGroup", "1"), ("AutomaticFailoverEnabled", "true"));
        static EmulatorApi.Answer Reshard(EmulatorApi api, string id, int shards) => api.ElastiCache("ModifyReplicationGroupShardConfiguration",
            ("ReplicationGroupId", id), ("NodeGroupCount", shards.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("ApplyImmediately", "true"));

        using var without = _emulators.Api("shard_calls");
        Assert.Equal(HttpStatusCode.OK, Cluster(without, "rg-s").Status);
        Assert.Equal(HttpStatusCode.InternalServerError, Reshard(without, "rg-s", 3).Status);

        using var with = _emulators.Api("");
        Assert.Equal(HttpStatusCode.OK, Cluster(with, "rg-s").Status);
        Assert.Equal(HttpStatusCode.OK, Reshard(with, "rg-s", 3).Status);
        var members = with.ElastiCache("DescribeReplicationGroups", ("ReplicationGroupId", "rg-s")).Xml!.Descendants()
            .Where(e => e.Name.LocalName == "ClusterId").Select(e => e.Value).ToList();
        Assert.Equal(["rg-s-0001-001", "rg-s-0001-002", "rg-s-0002-001", "rg-s-0002-002", "rg-s-0003-001", "rg-s-0003-002"], members);
        Assert.Equal(HttpStatusCode.OK, Reshard(with, "rg-s", 2).Status);
        Assert.Equal(2, with.ElastiCache("DescribeReplicationGroups", ("ReplicationGroupId", "rg-s")).Xml!.Descendants().Count(e => e.Name.LocalName == "NodeGroupId"));
        with.CreateGroup("rg-t");
        Assert.Equal("InvalidParameterCombination", Reshard(with, "rg-t", 2).Error);
    }

    [Fact]
    public void An_unknown_patch_name_is_refused()
    {
        var (server, problem) = EmulatorServer.Start(null, ["no_such_patch"]);
        server?.Dispose();
        Assert.Null(server);
        Assert.Contains("unknown patch no_such_patch", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_emulator_is_stopped_by_dispose()
    {
        var (server, problem) = EmulatorServer.Start(null);
        Assert.True(server is not null, problem);
        var pid = server!.ProcessId;
        Assert.True(EmulatorServer.IsRunning(pid));
        server.Dispose();
        Assert.False(EmulatorServer.IsRunning(pid));
    }

    private static System.Xml.Linq.XName XName(string local) => System.Xml.Linq.XName.Get(local, "http://elasticache.amazonaws.com/doc/2015-02-02/");
}
