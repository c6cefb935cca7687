using System.Net;

namespace Valkey.Cdktf.Tools.Deploy.Tests;

/// <summary>
/// Each patch of moto 5.2.1's ElastiCache (src/Valkey.Cdktf.Tools/Emulator/moto_patches.py): without
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
            ["member_clusters", "member_cluster_fields", "reader_endpoint", "delete_replication_group", "modify_replication_group", "deferred_modifications",
             "cache_subnet_group_calls", "apply_time_rules", "cache_parameter_group_calls", "user_group_calls", "shard_calls", "request_model",
             "replica_count_calls", "modify_user", "user_states", "cluster_mode_rule", "user_group_rules", "parameters_by_family", "security_group_in_use",
             "serverless_cache_calls", "global_replication_group_calls"];

        private readonly Dictionary<string, Task<(EmulatorServer? Server, string? Problem)>> _started;

        // Two at a time: twenty Python processes importing moto at once, on a machine busy with the other suites, took
        // longer than a minute each (seen: "the AWS emulator did not start"); the wait starts when each one is started.
        private readonly SemaphoreSlim _starting = new(2);

        public Emulators() =>
            _started = Patches.Select(p => (Key: p, Without: new[] { p })).Prepend((Key: "", Without: Array.Empty<string>()))
                .ToDictionary(x => x.Key, x => Task.Run(async () =>
                {
                    await _starting.WaitAsync().ConfigureAwait(false);
                    try { return EmulatorServer.Start(null, x.Without); }
                    finally { _starting.Release(); }
                }), StringComparer.Ordinal);

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
            _starting.Dispose();
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
        Settle(with, "ug-a");
        Assert.Equal("ug-a", with.ElastiCache("ListTagsForResource", ("ResourceName", created.Find("ARN")!.Value)).Find("Value")?.Value);
        // AWS's rule: a user group of engine valkey holds only users with a password or IAM.
        Assert.Equal("InvalidParameterCombination", with.ElastiCache("ModifyUserGroup", ("UserGroupId", "ug-a"), ("UserIdsToAdd.member.1", "open-a")).Error);
        Assert.Equal("UserNotFound", with.ElastiCache("ModifyUserGroup", ("UserGroupId", "ug-a"), ("UserIdsToAdd.member.1", "nobody")).Error);
        Settle(with, "ug-a");
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

    /// <summary>Describes a user group until it is active, as the provider's waiter does.</summary>
    private static void Settle(EmulatorApi api, string group)
    {
        for (var i = 0; i < 3 && api.ElastiCache("DescribeUserGroups", ("UserGroupId", group)).Find("Status")?.Value != "active"; i++) { }
        Assert.Equal("active", api.ElastiCache("DescribeUserGroups", ("UserGroupId", group)).Find("Status")?.Value);
    }

    [Fact]
    public void Request_model_without_the_patch_a_value_outside_the_models_enum_or_a_missing_member_is_taken()
    {
        using var without = _emulators.Api("request_model");
        without.CreateGroup("rg-m");
        Assert.Equal(HttpStatusCode.OK, Modify(without, "rg-m", ("IpDiscovery", "ipv5")).Status);

        using var with = _emulators.Api("");
        with.CreateGroup("rg-m");
        var wrong = Modify(with, "rg-m", ("IpDiscovery", "ipv5"));
        Assert.Equal("InvalidParameterValue", wrong.Error);
        Assert.Contains("ipv4, ipv6", wrong.Body, StringComparison.Ordinal);
        Assert.Equal("MissingParameter", with.ElastiCache("DescribeCacheParameters").Error);
        Assert.Equal(HttpStatusCode.OK, Modify(with, "rg-m", ("IpDiscovery", "ipv4")).Status);
    }

    [Fact]
    public void Deferred_modifications_without_the_patch_a_node_change_is_applied_at_once()
    {
        static string? Node(EmulatorApi api) => api.ElastiCache("DescribeCacheClusters", ("CacheClusterId", "rg-n-001")).Find("CacheNodeType")?.Value;
        using var without = _emulators.Api("deferred_modifications");
        without.CreateGroup("rg-n");
        Modify(without, "rg-n", ("CacheNodeType", "cache.t3.small"), ("ApplyImmediately", "false"));
        Assert.Equal("cache.t3.small", Node(without));

        using var with = _emulators.Api("");
        with.CreateGroup("rg-n");
        Assert.Equal(HttpStatusCode.OK, Modify(with, "rg-n", ("CacheNodeType", "cache.t3.small"), ("EngineVersion", "8.1"), ("ApplyImmediately", "false")).Status);
        var member = with.ElastiCache("DescribeCacheClusters", ("CacheClusterId", "rg-n-001"));
        Assert.Equal(("cache.t3.micro", "8.0"), (member.Find("CacheNodeType")?.Value, member.Find("EngineVersion")?.Value));
        var pending = member.Find("PendingModifiedValues")!;
        Assert.Equal(["cache.t3.small", "8.1"], pending.Elements().Where(e => e.Name.LocalName is "CacheNodeType" or "EngineVersion").OrderBy(e => e.Name.LocalName).Select(e => e.Value));
        Assert.Equal(2, with.Server.SimulateMaintenanceWindow("rg-n"));
        Assert.Equal("cache.t3.small", Node(with));
        Assert.Null(with.ElastiCache("DescribeCacheClusters", ("CacheClusterId", "rg-n-001")).Find("PendingModifiedValues"));
        // With ApplyImmediately, at once, and what was pending with it.
        Modify(with, "rg-n", ("CacheNodeType", "cache.t3.medium"), ("ApplyImmediately", "false"));
        Modify(with, "rg-n", ("SnapshotRetentionLimit", "1"), ("ApplyImmediately", "true"));
        Assert.Equal("cache.t3.medium", Node(with));
    }

    [Fact]
    public void Replica_count_calls_without_the_patch_a_replica_cannot_be_added()
    {
        static EmulatorApi.Answer Replicas(EmulatorApi api, string action, int count, bool immediately = true) => api.ElastiCache(action,
            ("ReplicationGroupId", "rg-r"), ("NewReplicaCount", count.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("ApplyImmediately", immediately ? "true" : "false"));
        static IEnumerable<string> Members(EmulatorApi api) =>
            api.ElastiCache("DescribeReplicationGroups", ("ReplicationGroupId", "rg-r")).Find("MemberClusters")!.Elements().Select(e => e.Value);

        using var without = _emulators.Api("replica_count_calls");
        without.CreateGroup("rg-r");
        Assert.Equal(HttpStatusCode.InternalServerError, Replicas(without, "IncreaseReplicaCount", 2).Status);

        using var with = _emulators.Api("");
        with.CreateGroup("rg-r");
        Assert.Equal("InvalidParameterValue", Replicas(with, "IncreaseReplicaCount", 2, immediately: false).Error);
        Assert.Equal(HttpStatusCode.OK, Replicas(with, "IncreaseReplicaCount", 2).Status);
        Assert.Equal(["rg-r-001", "rg-r-002", "rg-r-003"], Members(with));
        Assert.Equal(HttpStatusCode.OK, with.ElastiCache("DescribeCacheClusters", ("CacheClusterId", "rg-r-003")).Status);
        Assert.Equal(HttpStatusCode.OK, Replicas(with, "DecreaseReplicaCount", 1).Status);
        Assert.Equal(["rg-r-001", "rg-r-002"], Members(with));
        Assert.Equal("CacheClusterNotFound", with.ElastiCache("DescribeCacheClusters", ("CacheClusterId", "rg-r-003")).Error);
    }

    [Fact]
    public void Modify_user_without_the_patch_is_an_http_500()
    {
        using var without = _emulators.Api("modify_user");
        CreateUser(without, "app-u", ("AuthenticationMode.Type", "iam"));
        Assert.Equal(HttpStatusCode.InternalServerError, without.ElastiCache("ModifyUser", ("UserId", "app-u"), ("AccessString", "on ~app:* +@read")).Status);

        using var with = _emulators.Api("");
        CreateUser(with, "app-u", ("AuthenticationMode.Type", "iam"));
        Assert.Equal(HttpStatusCode.OK, with.ElastiCache("ModifyUser", ("UserId", "app-u"), ("AccessString", "on ~app:* +@read")).Status);
        Assert.Equal("on ~app:* +@read", with.ElastiCache("DescribeUsers", ("UserId", "app-u")).Find("AccessString")?.Value);
    }

    [Fact]
    public void User_states_without_the_patch_a_new_user_group_is_active_at_once()
    {
        static EmulatorApi.Answer Group(EmulatorApi api) => api.ElastiCache("CreateUserGroup", ("UserGroupId", "ug-s"), ("Engine", "valkey"), ("UserIds.member.1", "app-s"));
        using var without = _emulators.Api("user_states");
        CreateUser(without, "app-s", ("AuthenticationMode.Type", "iam"));
        Group(without);
        Assert.Equal("active", without.ElastiCache("DescribeUserGroups", ("UserGroupId", "ug-s")).Find("Status")?.Value);

        using var with = _emulators.Api("");
        CreateUser(with, "app-s", ("AuthenticationMode.Type", "iam"));
        Assert.Equal("creating", with.ElastiCache("DescribeUsers", ("UserId", "app-s")).Find("Status")?.Value);
        Assert.Equal("active", with.ElastiCache("DescribeUsers", ("UserId", "app-s")).Find("Status")?.Value);
        Assert.Equal("creating", Group(with).Find("Status")?.Value);
        Assert.Equal("InvalidUserGroupState", with.ElastiCache("DeleteUserGroup", ("UserGroupId", "ug-s")).Error);
        Assert.Equal("creating", with.ElastiCache("DescribeUserGroups", ("UserGroupId", "ug-s")).Find("Status")?.Value);
        Assert.Equal("active", with.ElastiCache("DescribeUserGroups", ("UserGroupId", "ug-s")).Find("Status")?.Value);
        Assert.Equal(HttpStatusCode.OK, with.ElastiCache("DeleteUserGroup", ("UserGroupId", "ug-s")).Status);
    }

    [Fact]
    public void Cluster_mode_rule_without_the_patch_cluster_mode_is_dropped_and_any_switch_passes()
    {
        using var without = _emulators.Api("cluster_mode_rule");
        without.CreateGroup("rg-cm");
        Assert.Equal(HttpStatusCode.OK, Modify(without, "rg-cm", ("ClusterMode", "enabled")).Status);

        using var with = _emulators.Api("");
        with.CreateGroup("rg-cm");
        Assert.Equal("InvalidParameterCombination", Modify(with, "rg-cm", ("ClusterMode", "enabled")).Error);
        Assert.Equal(HttpStatusCode.OK, Modify(with, "rg-cm", ("ClusterMode", "compatible")).Status);
        Assert.Equal("compatible", with.ElastiCache("DescribeReplicationGroups", ("ReplicationGroupId", "rg-cm")).Find("ClusterMode")?.Value);
        Assert.Equal(HttpStatusCode.OK, Modify(with, "rg-cm", ("ClusterMode", "enabled")).Status);
        Assert.Equal("InvalidParameterCombination", Modify(with, "rg-cm", ("ClusterMode", "disabled")).Error);
    }

    [Fact]
    public void Serverless_cache_calls_without_the_patch_there_are_none()
    {
        using var without = _emulators.Api("serverless_cache_calls");
        Assert.Equal(HttpStatusCode.InternalServerError, without.ElastiCache("CreateServerlessCache", ("ServerlessCacheName", "sc-a"), ("Engine", "valkey")).Status);

        using var with = _emulators.Api("");
        Assert.Equal("UserGroupNotFound", with.ElastiCache("CreateServerlessCache", ("ServerlessCacheName", "sc-a"), ("Engine", "valkey"),
            ("UserGroupId", "no-such-group")).Error);
        var created = with.ElastiCache("CreateServerlessCache", ("ServerlessCacheName", "SC-A"), ("Engine", "valkey"), ("MajorEngineVersion", "8"),
            ("CacheUsageLimits.DataStorage.Maximum", "10"), ("CacheUsageLimits.DataStorage.Unit", "GB"), ("CacheUsageLimits.ECPUPerSecond.Maximum", "5000"),
            ("SubnetIds.SubnetId.1", "subnet-1"), ("SecurityGroupIds.SecurityGroupId.1", "sg-1"), ("Tags.Tag.1.Key", "Name"), ("Tags.Tag.1.Value", "sc-a"));
        Assert.Equal("sc-a", created.Find("ServerlessCacheName")?.Value);
        Assert.Equal("creating", created.Find("Status")?.Value);
        Assert.Equal("ServerlessCacheAlreadyExistsFault", with.ElastiCache("CreateServerlessCache", ("ServerlessCacheName", "sc-a"), ("Engine", "valkey")).Error);
        // Not available yet: AWS refuses a change (InvalidServerlessCacheStateFault).
        Assert.Equal("InvalidServerlessCacheStateFault", with.ElastiCache("ModifyServerlessCache", ("ServerlessCacheName", "sc-a"), ("Description", "x")).Error);
        Assert.Equal("creating", with.ElastiCache("DescribeServerlessCaches", ("ServerlessCacheName", "sc-a")).Find("Status")?.Value);
        var described = with.ElastiCache("DescribeServerlessCaches", ("ServerlessCacheName", "sc-a"));
        Assert.Equal("available", described.Find("Status")?.Value);
        Assert.Equal(["6379", "6380"], described.FindAll("Port").Select(p => p.Value));
        Assert.Equal("10", described.ValueUnder("DataStorage", "Maximum"));
        Assert.Equal("sc-a", with.ElastiCache("ListTagsForResource", ("ResourceName", created.Find("ARN")!.Value)).Find("Value")?.Value);

        Assert.Equal(HttpStatusCode.OK, with.ElastiCache("ModifyServerlessCache", ("ServerlessCacheName", "sc-a"), ("CacheUsageLimits.DataStorage.Maximum", "20"),
            ("CacheUsageLimits.DataStorage.Unit", "GB"), ("SnapshotRetentionLimit", "7")).Status);
        Assert.Equal("InvalidServerlessCacheStateFault", with.ElastiCache("DeleteServerlessCache", ("ServerlessCacheName", "sc-a")).Error);
        var modified = with.ElastiCache("DescribeServerlessCaches", ("ServerlessCacheName", "sc-a"));
        Assert.Equal("20", modified.ValueUnder("DataStorage", "Maximum"));
        Assert.Equal("7", modified.Find("SnapshotRetentionLimit")?.Value);
        with.ElastiCache("DescribeServerlessCaches", ("ServerlessCacheName", "sc-a"));
        Assert.Equal("deleting", with.ElastiCache("DeleteServerlessCache", ("ServerlessCacheName", "sc-a")).Find("Status")?.Value);
        Assert.Equal("ServerlessCacheNotFoundFault", with.ElastiCache("DescribeServerlessCaches", ("ServerlessCacheName", "sc-a")).Error);
    }

    [Fact]
    public void Global_replication_group_calls_without_the_patch_there_are_none()
    {
        using var without = _emulators.Api("global_replication_group_calls");
        without.CreateGroup("rg-p", nodes: 2);
        Assert.Equal(HttpStatusCode.InternalServerError, without.ElastiCache("CreateGlobalReplicationGroup",
            ("GlobalReplicationGroupIdSuffix", "gds"), ("PrimaryReplicationGroupId", "rg-p")).Status);

        using var with = _emulators.Api("");
        Assert.Equal("ReplicationGroupNotFoundFault", with.ElastiCache("CreateGlobalReplicationGroup",
            ("GlobalReplicationGroupIdSuffix", "gds"), ("PrimaryReplicationGroupId", "no-such-group")).Error);
        with.CreateGroup("rg-p", nodes: 2);
        var created = with.ElastiCache("CreateGlobalReplicationGroup", ("GlobalReplicationGroupIdSuffix", "gds"), ("PrimaryReplicationGroupId", "rg-p"),
            ("GlobalReplicationGroupDescription", "sessions"));
        var id = created.Find("GlobalReplicationGroupId")!.Value;
        // AWS's region prefix (five letters), then the suffix (the provider's importer reads it so: [[:alpha:]]{5}-).
        Assert.Matches("^[a-z]{5}-gds$", id);
        Assert.Equal("creating", created.Find("Status")?.Value);
        Assert.Equal("InvalidGlobalReplicationGroupState", with.ElastiCache("ModifyGlobalReplicationGroup", ("GlobalReplicationGroupId", id),
            ("ApplyImmediately", "true"), ("GlobalReplicationGroupDescription", "x")).Error);
        Assert.Equal("InvalidReplicationGroupState", with.ElastiCache("CreateGlobalReplicationGroup",
            ("GlobalReplicationGroupIdSuffix", "other"), ("PrimaryReplicationGroupId", "rg-p")).Error);
        with.ElastiCache("DescribeGlobalReplicationGroups", ("GlobalReplicationGroupId", id));
        var described = with.ElastiCache("DescribeGlobalReplicationGroups", ("GlobalReplicationGroupId", id), ("ShowMemberInfo", "true"));
        Assert.Equal("available", described.Find("Status")?.Value);
        Assert.Equal(("valkey", "cache.t3.micro", "8.0"), (described.Find("Engine")?.Value, described.Find("CacheNodeType")?.Value, described.Find("EngineVersion")?.Value));
        Assert.Equal("PRIMARY", described.ValueUnder("GlobalReplicationGroupMember", "Role"));
        Assert.Equal(id, with.ElastiCache("DescribeReplicationGroups", ("ReplicationGroupId", "rg-p")).ValueUnder("GlobalReplicationGroupInfo", "GlobalReplicationGroupId"));

        // A secondary in another region takes the node type, engine and encryption from the datastore (it sends none of them).
        Assert.Equal("InvalidParameterValue", with.ElastiCache("CreateReplicationGroup", ("ReplicationGroupId", "rg-same"),
            ("ReplicationGroupDescription", "x"), ("GlobalReplicationGroupId", id)).Error);
        var secondary = with.ElastiCacheIn("us-west-2", "CreateReplicationGroup", ("ReplicationGroupId", "rg-s"), ("ReplicationGroupDescription", "x"),
            ("GlobalReplicationGroupId", id), ("NumCacheClusters", "2"));
        Assert.Equal(HttpStatusCode.OK, secondary.Status);
        var west = with.ElastiCacheIn("us-west-2", "DescribeReplicationGroups", ("ReplicationGroupId", "rg-s"));
        Assert.Equal(("cache.t3.micro", "SECONDARY"), (west.Find("CacheNodeType")?.Value, west.ValueUnder("GlobalReplicationGroupInfo", "GlobalReplicationGroupMemberRole")));
        Assert.Equal("true", west.Find("AtRestEncryptionEnabled")?.Value);
        Assert.Equal("GlobalReplicationGroupNotFoundFault", with.ElastiCacheIn("us-west-2", "CreateReplicationGroup", ("ReplicationGroupId", "rg-t"),
            ("ReplicationGroupDescription", "x"), ("GlobalReplicationGroupId", "abcde-none")).Error);

        // The datastore scales every member at once, in each region (ModifyGlobalReplicationGroup, CacheNodeType).
        Assert.Equal("modifying", with.ElastiCache("ModifyGlobalReplicationGroup", ("GlobalReplicationGroupId", id), ("ApplyImmediately", "true"),
            ("CacheNodeType", "cache.t3.small")).Find("Status")?.Value);
        Assert.Equal("cache.t3.small", with.ElastiCache("DescribeReplicationGroups", ("ReplicationGroupId", "rg-p")).Find("CacheNodeType")?.Value);
        Assert.Equal("cache.t3.small", with.ElastiCacheIn("us-west-2", "DescribeReplicationGroups", ("ReplicationGroupId", "rg-s")).Find("CacheNodeType")?.Value);
        with.ElastiCache("DescribeGlobalReplicationGroups", ("GlobalReplicationGroupId", id));

        // Not deleted while a secondary remains; deleted once it has left, the primary kept.
        Assert.Equal("InvalidGlobalReplicationGroupState", with.ElastiCache("DeleteGlobalReplicationGroup", ("GlobalReplicationGroupId", id),
            ("RetainPrimaryReplicationGroup", "true")).Error);
        Assert.Equal(HttpStatusCode.OK, with.ElastiCacheIn("us-west-2", "DisassociateGlobalReplicationGroup", ("GlobalReplicationGroupId", id),
            ("ReplicationGroupId", "rg-s"), ("ReplicationGroupRegion", "us-west-2")).Status);
        Assert.Equal("deleting", with.ElastiCache("DeleteGlobalReplicationGroup", ("GlobalReplicationGroupId", id),
            ("RetainPrimaryReplicationGroup", "true")).Find("Status")?.Value);
        Assert.Equal("GlobalReplicationGroupNotFoundFault", with.ElastiCache("DescribeGlobalReplicationGroups", ("GlobalReplicationGroupId", id)).Error);
        Assert.Equal(HttpStatusCode.OK, with.ElastiCache("DescribeReplicationGroups", ("ReplicationGroupId", "rg-p")).Status);
    }

    [Fact]
    public void User_group_rules_without_the_patch_a_group_joins_a_cache_without_TLS_or_beside_its_token()
    {
        static void Users(EmulatorApi api)
        {
            CreateUser(api, "app-g", ("AuthenticationMode.Type", "iam"));
            api.ElastiCache("CreateUserGroup", ("UserGroupId", "ug-g"), ("Engine", "valkey"), ("UserIds.member.1", "app-g"));
            Settle(api, "ug-g");
        }
        const string Token = "RehearsalTokenNotASecret00000000";
        using var without = _emulators.Api("user_group_rules");
        Users(without);
        without.CreateGroup("rg-ug");
        Assert.Equal(HttpStatusCode.OK, Modify(without, "rg-ug", ("UserGroupIdsToAdd.member.1", "ug-g")).Status);

        using var with = _emulators.Api("");
        Users(with);
        with.CreateGroup("rg-ug");
        Assert.Contains("requires encryption-in-transit", Modify(with, "rg-ug", ("UserGroupIdsToAdd.member.1", "ug-g")).Body, StringComparison.Ordinal);
        Modify(with, "rg-ug", ("TransitEncryptionEnabled", "true"), ("TransitEncryptionMode", "preferred"));
        Assert.Contains("preferred is not supported", Modify(with, "rg-ug", ("UserGroupIdsToAdd.member.1", "ug-g")).Body, StringComparison.Ordinal);
        Modify(with, "rg-ug", ("TransitEncryptionMode", "required"));
        Modify(with, "rg-ug", ("AuthToken", Token), ("AuthTokenUpdateStrategy", "ROTATE"));
        Assert.Equal("InvalidParameterValue", Modify(with, "rg-ug", ("AuthTokenUpdateStrategy", "DELETE")).Error);
        Assert.Contains("Pass AuthStrategy delete to proceed", Modify(with, "rg-ug", ("UserGroupIdsToAdd.member.1", "ug-g")).Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, Modify(with, "rg-ug", ("UserGroupIdsToAdd.member.1", "ug-g"), ("AuthTokenUpdateStrategy", "DELETE"), ("ApplyImmediately", "true")).Status);
        var member = with.ElastiCache("DescribeCacheClusters", ("CacheClusterId", "rg-ug-001"));
        Assert.Equal("false", member.Find("AuthTokenEnabled")?.Value);
        Assert.Equal("InvalidUserGroupState", with.ElastiCache("DeleteUserGroup", ("UserGroupId", "ug-g")).Error);
    }

    [Fact]
    public void Parameters_by_family_without_the_patch_any_family_and_name_is_taken()
    {
        static EmulatorApi.Answer Set(EmulatorApi api, string group, string name) => api.ElastiCache("ModifyCacheParameterGroup", ("CacheParameterGroupName", group),
            ("ParameterNameValues.ParameterNameValue.1.ParameterName", name), ("ParameterNameValues.ParameterNameValue.1.ParameterValue", "1"));
        using var without = _emulators.Api("parameters_by_family");
        Assert.Equal(HttpStatusCode.OK, CreateParameterGroup(without, "pg-x", "valkey99").Status);
        Assert.Equal(HttpStatusCode.OK, Set(without, "pg-x", "no-such-parameter").Status);

        using var with = _emulators.Api("");
        Assert.Equal("InvalidParameterValue", CreateParameterGroup(with, "pg-x", "valkey99").Error);
        Assert.Equal(HttpStatusCode.OK, CreateParameterGroup(with, "pg-y", "valkey8").Status);
        Assert.Equal("InvalidParameterValue", Set(with, "pg-y", "no-such-parameter").Error);
        Assert.Equal("InvalidParameterValue", Set(with, "pg-y", "maxclients").Error); // AWS's page: not modifiable
        Assert.Equal(HttpStatusCode.OK, Set(with, "pg-y", "timeout").Status);
        Assert.Equal(HttpStatusCode.OK, CreateParameterGroup(with, "pg-z", "redis7").Status);
    }

    [Fact]
    public void Security_group_in_use_without_the_patch_a_group_a_cache_uses_is_deleted()
    {
        static string Group(EmulatorApi api)
        {
            var vpc = api.Ec2("CreateVpc", ("CidrBlock", "10.9.0.0/16")).Find("vpcId")!.Value;
            var id = api.Ec2("CreateSecurityGroup", ("GroupName", "in-use"), ("GroupDescription", "d"), ("VpcId", vpc)).Find("groupId")!.Value;
            api.ElastiCache("CreateReplicationGroup", ("ReplicationGroupId", "rg-sg"), ("ReplicationGroupDescription", "d"), ("Engine", "valkey"),
                ("CacheNodeType", "cache.t3.micro"), ("SecurityGroupIds.SecurityGroupId.1", id));
            return id;
        }
        using var without = _emulators.Api("security_group_in_use");
        Assert.Equal(HttpStatusCode.OK, without.Ec2("DeleteSecurityGroup", ("GroupId", Group(without))).Status);

        using var with = _emulators.Api("");
        var used = Group(with);
        var refused = with.Ec2("DeleteSecurityGroup", ("GroupId", used));
        Assert.Equal("DependencyViolation", refused.Error);
        Assert.Contains($"resource {used} has a dependent object", refused.Body, StringComparison.Ordinal);
        with.ElastiCache("DeleteReplicationGroup", ("ReplicationGroupId", "rg-sg"));
        Assert.Equal(HttpStatusCode.OK, with.Ec2("DeleteSecurityGroup", ("GroupId", used)).Status);
    }

    [Fact]
    public void An_out_of_band_AWS_CLI_command_runs_against_the_emulator()
    {
        using var with = _emulators.Api("");
        with.CreateGroup("rg-cli");

        var (ok, answer) = with.Server.Aws("aws elasticache modify-replication-group --replication-group-id rg-cli --snapshot-retention-limit 3 --apply-immediately");
        var (refused, error) = with.Server.Aws("aws elasticache modify-replication-group --replication-group-id rg-cli --cluster-mode enabled --apply-immediately");

        Assert.True(ok, answer);
        Assert.Contains("\"SnapshotRetentionLimit\": 3", answer, StringComparison.Ordinal);
        Assert.False(refused);
        Assert.StartsWith("InvalidParameterCombination: ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void SIGTERM_ends_the_emulator_while_it_serves_and_while_it_starts(bool starting)
    {
        ChildProcess.Running process;
        EmulatorServer? server = null;
        if (starting)
        {
            process = ChildProcess.Start("python3", ["-B", Path.Combine(EmulatorServer.ScriptFolder, "valkey_emulator.py")], EmulatorServer.ScriptFolder, []);
        }
        else
        {
            (server, var problem) = EmulatorServer.Start(null);
            Assert.True(server is not null, problem);
            process = null!;
        }
        var pid = starting ? process.Id : server!.ProcessId;
        try
        {
            Assert.True(ChildProcess.Run("kill", ["-TERM", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)], "/", []).Succeeded);
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (EmulatorServer.IsRunning(pid) && DateTime.UtcNow < deadline) Thread.Sleep(100);
            Assert.False(EmulatorServer.IsRunning(pid), $"the emulator ({pid}) still runs 60 s after SIGTERM");
        }
        finally
        {
            if (starting) process.Dispose();
            server?.Dispose();
        }
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
