"""Patches for the ElastiCache gaps of moto 5.2.1 that the AWS provider trips over.

Each patch is a function that installs itself and names, in its docstring, the moto function
it replaces or adds and the AWS API it follows (with the API reference's address). They are
applied by name, so a test can leave one out and show the failure it prevents: when a later
moto fixes a gap, that test fails and the patch can go.

Only what the stacks' resources use is patched; nothing here is a general ElastiCache model.
"""

import re

from moto.core.responses import ActionResult, EmptyResult
from moto.elasticache import models, responses
from moto.elasticache.exceptions import (
    CacheSubnetGroupNotFound,
    ElastiCacheException,
    InvalidParameterCombinationException,
    InvalidParameterValueException,
    ReplicationGroupNotFound,
    UserNotFound,
)

Backend = models.ElastiCacheBackend
Response = responses.ElastiCacheResponse
_original = {}


def _keep(owner, name):
    """The moto function a patch replaces, kept once (patches may be applied in any order)."""
    key = (owner.__name__, name)
    if key not in _original:
        _original[key] = getattr(owner, name)
    return _original[key]


def _major(version):
    return (version or "8.0").split(".")[0]


def _member_fields(backend, group, cluster):
    """What AWS's CacheCluster carries for a member of a replication group and moto's does not."""
    cluster.replication_group_id = group.replication_group_id
    cluster.engine = group.engine
    cluster.engine_version = group.engine_version
    cluster.cache_node_type = group.cache_node_type
    cluster.cache_subnet_group_name = group.cache_subnet_group_name
    cluster.preferred_maintenance_window = group.preferred_maintenance_window
    cluster.auto_minor_version_upgrade = group.auto_minor_version_upgrade
    cluster.snapshot_retention_limit = group.snapshot_retention_limit
    cluster.snapshot_window = group.snapshot_window
    cluster.cache_parameter_group = {
        "CacheParameterGroupName": group.cache_parameter_group_name
        or f"default.{group.engine}{_major(group.engine_version)}",
        "ParameterApplyStatus": "in-sync",
        "CacheNodeIdsToReboot": [],
    }
    cluster.security_groups = [{"SecurityGroupId": sg, "Status": "active"} for sg in group.security_group_ids or []]
    cluster.at_rest_encryption_enabled = group.at_rest_encryption_enabled
    cluster.transit_encryption_enabled = group.transit_encryption_enabled
    cluster.transit_encryption_mode = group.transit_encryption_mode
    cluster.auth_token_enabled = group.auth_token_enabled
    cluster.notification_configuration = (
        {"TopicArn": group.notification_topic_arn, "TopicStatus": "active"} if group.notification_topic_arn else None
    )
    cluster.replication_group_log_delivery_enabled = bool(group.log_delivery_configurations)


def _sync_members(backend, group):
    for cluster_id in group.member_clusters:
        if cluster_id in backend.cache_clusters:
            _member_fields(backend, group, backend.cache_clusters[cluster_id])


def member_clusters():
    """Replaces ElastiCacheBackend.create_replication_group (moto/elasticache/models.py).

    moto 5.2.1 ignores NumCacheClusters (a cluster-mode-disabled group always gets one node) and
    creates no CacheCluster for the members it lists, so DescribeCacheClusters of `<id>-001`,
    which the provider reads after every create, fails with CacheClusterNotFound. AWS creates one
    member cluster per node, `<id>-001` to `<id>-00N`:
    https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateReplicationGroup.html
    """
    original = _keep(Backend, "create_replication_group")

    def create_replication_group(self, **kwargs):
        if (kwargs.get("cluster_mode") or "disabled") != "enabled" and kwargs.get("num_cache_clusters"):
            kwargs["replicas_per_node_group"] = kwargs["num_cache_clusters"] - 1
        group = original(self, **kwargs)
        group.engine_version = kwargs.get("engine_version")
        for cluster_id in group.member_clusters:
            cluster = models.CacheCluster(
                account_id=self.account_id, region_name=self.region_name, cache_cluster_id=cluster_id,
                cache_node_type=group.cache_node_type, replication_group_id=group.replication_group_id,
                az_mode=None, preferred_availability_zone=None, num_cache_nodes=1, engine=group.engine,
                engine_version=group.engine_version, cache_parameter_group_name=None,
                cache_subnet_group_name=group.cache_subnet_group_name, transit_encryption_enabled=None,
                network_type=None, ip_discovery=None, snapshot_name=None,
                preferred_maintenance_window=group.preferred_maintenance_window, port=group.port,
                notification_topic_arn=None, auto_minor_version_upgrade=group.auto_minor_version_upgrade,
                snapshot_retention_limit=group.snapshot_retention_limit, snapshot_window=group.snapshot_window,
                auth_token=None, outpost_mode=None, preferred_outpost_arn=None, preferred_availability_zones=None,
                cache_security_group_names=None, security_group_ids=group.security_group_ids, tags=None,
                snapshot_arns=None, preferred_outpost_arns=None, log_delivery_configurations=[],
                cache_node_ids_to_remove=None, cache_node_ids_to_reboot=None,
            )
            cluster.num_cache_nodes = 1
            self.cache_clusters[cluster_id] = cluster
        if "member_cluster_fields" in APPLIED:
            _sync_members(self, group)
        return group

    Backend.create_replication_group = create_replication_group


def member_cluster_fields():
    """Completes the member CacheClusters made by `member_clusters` (moto's CacheCluster model lacks them).

    The provider reads at_rest_encryption_enabled, transit_encryption_enabled/_mode, the AUTH
    token flag, the parameter group, the security groups, the maintenance window and the engine
    from the group's first member; without them a refresh plans a replacement
    (at_rest_encryption_enabled forces one). AWS's CacheCluster has every one of them:
    https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CacheCluster.html
    """


def reader_endpoint():
    """Replaces ReplicationGroup._set_node_members_clusters_disabled (moto/elasticache/models.py).

    moto keeps the reader endpoint as `reader_endpoint_address`, which the response never shows;
    AWS returns NodeGroups[0].ReaderEndpoint for a cluster-mode-disabled group, and without it
    the stack's valkey_reader_endpoint output is null (the CDKTF CLI 0.21's deploy then exits 1):
    https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_NodeGroup.html
    """
    original = _keep(models.ReplicationGroup, "_set_node_members_clusters_disabled")

    def _set_node_members_clusters_disabled(self, **kwargs):
        original(self, **kwargs)
        node_group = kwargs["node_group"]
        node_group["reader_endpoint"] = {"address": node_group["reader_endpoint_address"], "port": self.port}

    models.ReplicationGroup._set_node_members_clusters_disabled = _set_node_members_clusters_disabled


def delete_replication_group():
    """Replaces ElastiCacheBackend.delete_replication_group (moto/elasticache/models.py).

    moto 5.2.1 marks the group `deleting` forever and keeps its tags, so the provider's wait for
    the deletion never ends and a group re-created under the same id inherits the old tags. AWS
    removes the group and its member clusters, and takes a final snapshot when asked:
    https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_DeleteReplicationGroup.html
    """
    _keep(Backend, "delete_replication_group")

    def delete(self, replication_group_id, retain_primary_cluster=None, final_snapshot_identifier=None):
        group = self.replication_groups.get(replication_group_id)
        if group is None:
            raise ReplicationGroupNotFound(replication_group_id)
        if final_snapshot_identifier:
            self.create_snapshot(final_snapshot_identifier, replication_group_id, None, None, None)
        for cluster_id in group.member_clusters:
            self.cache_clusters.pop(cluster_id, None)
        self.tagging_service.delete_all_tags_for_resource(group.arn)
        del self.replication_groups[replication_group_id]
        group.status = "deleting"
        return group

    def handler(self):
        group = self.elasticache_backend.delete_replication_group(
            self._get_param("ReplicationGroupId"), self._get_bool_param("RetainPrimaryCluster"),
            self._get_param("FinalSnapshotIdentifier"),
        )
        return ActionResult({"ReplicationGroup": group})

    Backend.delete_replication_group = delete
    Response.delete_replication_group = handler


def modify_replication_group():
    """Adds ModifyReplicationGroup, which moto 5.2.1 lacks (HTTP 500, retried by the provider for minutes).

    Every change the provider sends for these stacks is applied at once to the group and its
    members (moto has no maintenance window to defer to):
    https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_ModifyReplicationGroup.html
    """

    def modify(self, replication_group_id, params):
        group = self.replication_groups.get(replication_group_id)
        if group is None:
            raise ReplicationGroupNotFound(replication_group_id)
        simple = {
            "ReplicationGroupDescription": "description", "CacheNodeType": "cache_node_type",
            "EngineVersion": "engine_version", "Engine": "engine",
            "PreferredMaintenanceWindow": "preferred_maintenance_window", "SnapshotWindow": "snapshot_window",
            "SnapshotRetentionLimit": "snapshot_retention_limit", "NotificationTopicArn": "notification_topic_arn",
            "CacheParameterGroupName": "cache_parameter_group_name", "SecurityGroupIds": "security_group_ids",
            "TransitEncryptionEnabled": "transit_encryption_enabled", "TransitEncryptionMode": "transit_encryption_mode",
            "AutoMinorVersionUpgrade": "auto_minor_version_upgrade",
        }
        for key, attribute in simple.items():
            if key in params:
                setattr(group, attribute, params[key])
        if "AutomaticFailoverEnabled" in params:
            group.automatic_failover = "enabled" if params["AutomaticFailoverEnabled"] else "disabled"
        if "MultiAZEnabled" in params:
            group.multi_az = "enabled" if params["MultiAZEnabled"] else "disabled"
        if "AuthToken" in params:
            group.auth_token_enabled = True
        if params.get("AuthTokenUpdateStrategy") == "DELETE":
            group.auth_token_enabled = False
        if "UserGroupIdsToAdd" in params or "UserGroupIdsToRemove" in params:
            removed = set(params.get("UserGroupIdsToRemove") or [])
            group.user_group_ids = [g for g in group.user_group_ids if g not in removed] + list(params.get("UserGroupIdsToAdd") or [])
        if "LogDeliveryConfigurations" in params:
            by_type = {c["LogType"]: c for c in group.log_delivery_configurations}
            for request in params["LogDeliveryConfigurations"]:
                if request.get("Enabled") is False or not request.get("DestinationType"):
                    by_type.pop(request["LogType"], None)
                else:
                    by_type[request["LogType"]] = request
            group.log_delivery_configurations = group._get_log_delivery_configurations(list(by_type.values()))
        _sync_members(self, group)
        return group

    def handler(self):
        params = self._get_params()
        for key in ("AutomaticFailoverEnabled", "MultiAZEnabled", "TransitEncryptionEnabled", "AutoMinorVersionUpgrade", "ApplyImmediately"):
            if key in params:
                params[key] = self._get_bool_param(key)
        if "SnapshotRetentionLimit" in params:
            params["SnapshotRetentionLimit"] = self._get_int_param("SnapshotRetentionLimit")
        group = self.elasticache_backend.modify_replication_group(self._get_param("ReplicationGroupId"), params)
        return ActionResult({"ReplicationGroup": group})

    Backend.modify_replication_group = modify
    Response.modify_replication_group = handler


def cache_subnet_group_calls():
    """Adds DeleteCacheSubnetGroup and ModifyCacheSubnetGroup, which moto 5.2.1 lacks (HTTP 500).

    https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_DeleteCacheSubnetGroup.html
    https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_ModifyCacheSubnetGroup.html
    """

    def delete(self):
        name = self._get_param("CacheSubnetGroupName")
        group = self.elasticache_backend.cache_subnet_groups.pop(name, None)
        if group is None:
            raise CacheSubnetGroupNotFound(name)
        self.elasticache_backend.tagging_service.delete_all_tags_for_resource(group.arn)
        return EmptyResult()

    def modify(self):
        backend = self.elasticache_backend
        name = self._get_param("CacheSubnetGroupName")
        old = backend.cache_subnet_groups.get(name)
        if old is None:
            raise CacheSubnetGroupNotFound(name)
        new = models.CacheSubnetGroup(
            account_id=backend.account_id, region_name=backend.region_name, cache_subnet_group_name=name,
            cache_subnet_group_description=self._get_param("CacheSubnetGroupDescription") or old.cache_subnet_group_description,
            subnet_ids=self._get_param("SubnetIds") or old.subnet_ids, tags=old.tags,
        )
        backend.cache_subnet_groups[name] = new
        return ActionResult({"CacheSubnetGroup": new})

    Response.delete_cache_subnet_group = delete
    Response.modify_cache_subnet_group = modify


# What ElastiCache accepts in an AUTH token: 16 to 128 printable characters, the only non-alphanumerics
# ! & # $ ^ < > - (https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/auth.html).
_TOKEN = re.compile(r"^[A-Za-z0-9!&#$^<>-]{16,128}$")


def _version(text):
    return tuple(int(p) for p in (text or "0").split(".")[:2] if p.isdigit())


def apply_time_rules():
    """Wraps ElastiCacheBackend.modify_replication_group (added by `modify_replication_group`) and
    ElastiCacheBackend.create_replication_group: AWS's rules for a change to a group, as the app's
    ApplyRules/ predict them, refused with the error AWS gives (its text where known, quoted below).

    - log delivery changes need ApplyImmediately: "You must set the apply-immediately parameter for all
      log delivery modifications" (https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Log_Delivery.html);
      AWS's error as hashicorp/terraform-provider-aws#49842 quotes it;
    - TLS on an existing group only with TransitEncryptionMode preferred in the same request, required only
      after preferred, a mode only with TLS on (API_ModifyReplicationGroup.html, TransitEncryptionMode;
      in-transit-encryption-enable.html; the last error's text as cloudposse/terraform-aws-elasticache-redis#240 quotes it);
    - AuthTokenUpdateStrategy SET "allowed only after ROTATE" (API_ModifyReplicationGroup.html); a token only
      with TLS, of the AUTH page's characters (auth.html);
    - no engine downgrade (https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/VersionManagement.html).
    Where AWS's exact text is not published, the message says what the documentation says.
    """
    modify = _keep(Backend, "modify_replication_group") if hasattr(Backend, "modify_replication_group") else None
    create = Backend.create_replication_group

    def check_token(token, tls):
        if not tls:
            # AWS's text as hashicorp/terraform-provider-aws#38209 quotes it.
            raise InvalidParameterValueException("The AUTH token modification is only supported when encryption-in-transit is enabled.")
        if not _TOKEN.match(token):
            raise InvalidParameterValueException(
                "Invalid AuthToken provided: it must be 16 to 128 printable characters, the only non-alphanumerics ! & # $ ^ < > -.")

    def checked_create(self, **kwargs):
        if kwargs.get("auth_token"):
            check_token(kwargs["auth_token"], kwargs.get("transit_encryption_enabled"))
        group = create(self, **kwargs)
        if group.transit_encryption_enabled and not group.transit_encryption_mode:
            group.transit_encryption_mode = "required"  # AWS's mode for a group created with TLS
            _sync_members(self, group)
        group.auth_token_rotated = bool(kwargs.get("auth_token"))
        return group

    def checked_modify(self, replication_group_id, params):
        group = self.replication_groups.get(replication_group_id)
        if group is None:
            return modify(self, replication_group_id, params)
        if "LogDeliveryConfigurations" in params and params.get("ApplyImmediately") is not True:
            raise InvalidParameterValueException("To modify the log delivery configuration, set the apply-immediately parameter to true")
        tls_before = bool(group.transit_encryption_enabled)
        tls_after = params["TransitEncryptionEnabled"] if "TransitEncryptionEnabled" in params else tls_before
        mode = params.get("TransitEncryptionMode")
        if mode and not tls_after:
            raise InvalidParameterCombinationException("To modify transit encryption mode, set encryption-in-transit as enabled.")
        if tls_after and not tls_before and mode != "preferred":
            raise InvalidParameterCombinationException(
                "In-transit encryption is enabled on an existing replication group in two steps: TransitEncryptionMode preferred "
                "with TransitEncryptionEnabled in the same request, then required.")
        if mode == "required" and tls_before and group.transit_encryption_mode not in ("preferred", "required"):
            raise InvalidParameterCombinationException("TransitEncryptionMode required is allowed only after preferred.")
        if params.get("AuthToken") == "" and not group.auth_token_enabled and "provider5_token_default" in APPLIED:
            # See provider5_token_default: what the pinned provider never sends.
            params = {k: v for k, v in params.items() if k not in ("AuthToken", "AuthTokenUpdateStrategy")}
        if "AuthToken" in params:
            check_token(params["AuthToken"], tls_after)
            strategy = params.get("AuthTokenUpdateStrategy") or "ROTATE"
            if strategy == "SET" and not getattr(group, "auth_token_rotated", False):
                raise InvalidParameterCombinationException("AuthTokenUpdateStrategy SET is allowed only after ROTATE.")
            group.auth_token_rotated = True
        if "EngineVersion" in params and _version(params["EngineVersion"]) < _version(group.engine_version):
            raise InvalidParameterCombinationException(
                f"Cannot downgrade the engine version from {group.engine_version} to {params['EngineVersion']}.")
        return modify(self, replication_group_id, params)

    Backend.create_replication_group = checked_create
    if modify is not None:
        Backend.modify_replication_group = checked_modify


def provider5_token_default():
    """Optional, for a hashicorp/aws 5.x provider only: an empty AuthToken with a ROTATE strategy, sent to a group
    without a token, is taken as nothing (by `apply_time_rules`).

    Provider 5.x gives auth_token_update_strategy a default, ROTATE, and after an import sends that empty change,
    which AWS refuses: "The AUTH token modification is only supported when encryption-in-transit is enabled"
    (hashicorp/terraform-provider-aws#38209). 6.0 removed the default (#42336): the pinned 6.25.0 sends no such
    request. So that a rehearsal run with 5.x shows what the pin does, not a 5.x bug the stacks never meet.
    """


def _error(code):
    """An ElastiCache error class with AWS's error code `code`, raised with its message. moto finds an error's
    service by the module its class is defined in (moto/core/errors.py, get_exception_service_model), so these
    say they are ElastiCache's."""
    return type(code, (ElastiCacheException,), {"__module__": "moto.elasticache.exceptions", "code": code})


CacheParameterGroupNotFound = _error("CacheParameterGroupNotFound")
CacheParameterGroupAlreadyExists = _error("CacheParameterGroupAlreadyExists")
InvalidCacheParameterGroupState = _error("InvalidCacheParameterGroupState")
UserGroupNotFound = _error("UserGroupNotFound")
UserGroupAlreadyExists = _error("UserGroupAlreadyExists")


def _store(backend, name):
    """A dictionary the emulator keeps on one backend (one account and region), made on first use."""
    if not hasattr(backend, name):
        setattr(backend, name, {})
    return getattr(backend, name)


def _tag_on_create(response, backend, arn):
    """The Tags of a Create request, put on `arn` (the provider tags on create)."""
    tags = response._get_params().get("Tags") or []
    if isinstance(tags, dict):
        tags = list(tags.values())
    if tags:
        backend.tagging_service.tag_resource(arn, tags)


def _parameter_groups(backend):
    """The emulator's custom parameter groups of one backend, by name: {name: {"group": {...}, "parameters": {...}}}."""
    return _store(backend, "valkey_parameter_groups")


def _name_values(response):
    """ParameterNameValues of a Modify or Reset request, as (name, value) pairs; the name lower-cased as AWS keeps it."""
    values = response._get_params().get("ParameterNameValues") or []
    if isinstance(values, dict):
        values = list(values.values())
    return [((v.get("ParameterName") or "").lower(), v.get("ParameterValue")) for v in values]


def cache_parameter_group_calls():
    """Adds the cache parameter group calls moto 5.2.1 lacks (HTTP 500), as the provider's
    aws_elasticache_parameter_group makes them (hashicorp/terraform-provider-aws,
    internal/service/elasticache/parameter_group.go: create, then modify in batches of 20; read with
    DescribeCacheParameterGroups and DescribeCacheParameters Source=user; reset the removed ones; delete),
    lets ListTagsForResource and the tag calls through for a parameter group's ARN, and refuses a replication
    group whose custom parameter group is of another family than its engine version, or that is deleted while
    a group uses it. API reference, each call's page:
    https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateCacheParameterGroup.html
    https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_DescribeCacheParameterGroups.html
    https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_ModifyCacheParameterGroup.html
    https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_ResetCacheParameterGroup.html
    https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_DescribeCacheParameters.html
    https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_DeleteCacheParameterGroup.html
    The error texts are the emulator's own; their codes are the API reference's.
    """

    def found(backend, name):
        entry = _parameter_groups(backend).get((name or "").lower())
        if entry is None:
            raise CacheParameterGroupNotFound(f"CacheParameterGroup {name} not found.")
        return entry

    def create(self):
        backend = self.elasticache_backend
        name = (self._get_param("CacheParameterGroupName") or "").lower()
        groups = _parameter_groups(backend)
        if name in groups:
            raise CacheParameterGroupAlreadyExists(f"CacheParameterGroup {name} already exists.")
        arn = f"arn:aws:elasticache:{backend.region_name}:{backend.account_id}:parametergroup:{name}"
        group = {
            "CacheParameterGroupName": name,
            "CacheParameterGroupFamily": self._get_param("CacheParameterGroupFamily"),
            "Description": self._get_param("Description"),
            "IsGlobal": False,
            "ARN": arn,
        }
        groups[name] = {"group": group, "parameters": {}}
        _tag_on_create(self, backend, arn)
        return ActionResult({"CacheParameterGroup": group})

    def describe(self):
        backend = self.elasticache_backend
        name = self._get_param("CacheParameterGroupName")
        groups = [found(backend, name)["group"]] if name else [e["group"] for e in _parameter_groups(backend).values()]
        return ActionResult({"CacheParameterGroups": groups})

    def modify(self):
        entry = found(self.elasticache_backend, self._get_param("CacheParameterGroupName"))
        for name, value in _name_values(self):
            entry["parameters"][name] = value
        return ActionResult({"CacheParameterGroupName": entry["group"]["CacheParameterGroupName"]})

    def reset(self):
        entry = found(self.elasticache_backend, self._get_param("CacheParameterGroupName"))
        if self._get_bool_param("ResetAllParameters"):
            entry["parameters"].clear()
        for name, _ in _name_values(self):
            entry["parameters"].pop(name, None)
        return ActionResult({"CacheParameterGroupName": entry["group"]["CacheParameterGroupName"]})

    def parameters(self):
        entry = found(self.elasticache_backend, self._get_param("CacheParameterGroupName"))
        listed = [
            {"ParameterName": n, "ParameterValue": v, "Source": "user", "DataType": "string", "IsModifiable": True, "ChangeType": "immediate"}
            for n, v in sorted(entry["parameters"].items())
        ]
        return ActionResult({"Parameters": listed})

    def delete(self):
        backend = self.elasticache_backend
        name = (self._get_param("CacheParameterGroupName") or "").lower()
        entry = found(backend, name)
        users = [g.replication_group_id for g in backend.replication_groups.values() if (g.cache_parameter_group_name or "").lower() == name]
        if users:
            raise InvalidCacheParameterGroupState(f"Parameter group {name} is in use by replication group {', '.join(sorted(users))}.")
        del _parameter_groups(backend)[name]
        backend.tagging_service.delete_all_tags_for_resource(entry["group"]["ARN"])
        return EmptyResult()

    list_tags = _keep(Backend, "list_tags_for_resource")

    def list_tags_for_resource(self, arn):
        if ":parametergroup:" in arn:
            return self.tagging_service.list_tags_for_resource(arn)
        return list_tags(self, arn)

    def check_family(backend, group_name, engine_version):
        entry = _parameter_groups(backend).get((group_name or "").lower())
        if entry is None:
            return
        expected = f"valkey{_major(engine_version)}"
        family = entry["group"]["CacheParameterGroupFamily"]
        if family != expected:
            raise InvalidParameterCombinationException(
                f"The parameter group {group_name} is of family {family}; engine version {engine_version} needs a group of family {expected}.")

    # The current create and modify (the earlier patches' wrappers), not moto's originals.
    create_group = Backend.create_replication_group

    def checked_create(self, **kwargs):
        check_family(self, kwargs.get("cache_parameter_group_name"), kwargs.get("engine_version"))
        return create_group(self, **kwargs)

    modify_group = getattr(Backend, "modify_replication_group", None)

    def checked_modify(self, replication_group_id, params):
        group = self.replication_groups.get(replication_group_id)
        if group is not None and ("CacheParameterGroupName" in params or "EngineVersion" in params):
            check_family(self, params.get("CacheParameterGroupName", group.cache_parameter_group_name),
                         params.get("EngineVersion", group.engine_version))
        return modify_group(self, replication_group_id, params)

    Response.create_cache_parameter_group = create
    Response.describe_cache_parameter_groups = describe
    Response.modify_cache_parameter_group = modify
    Response.reset_cache_parameter_group = reset
    Response.describe_cache_parameters = parameters
    Response.delete_cache_parameter_group = delete
    Backend.list_tags_for_resource = list_tags_for_resource
    Backend.create_replication_group = checked_create
    if modify_group is not None:
        Backend.modify_replication_group = checked_modify


def _user_groups(backend):
    """The emulator's user groups of one backend, by id."""
    return _store(backend, "valkey_user_groups")


def user_group_calls():
    """Adds the user group calls moto 5.2.1 lacks (CreateUserGroup: HTTP 500), as the provider's
    aws_elasticache_user_group makes them (hashicorp/terraform-provider-aws,
    internal/service/elasticache/user_group.go: create, wait for "active" with DescribeUserGroups,
    ModifyUserGroup with UserIdsToAdd and UserIdsToRemove, delete and wait until it is gone), and lets the
    tag calls through for a user group's ARN. It also keeps AWS's rule that a user group of engine valkey
    holds only users that authenticate, with a password or IAM (ElastiCache User Guide, Role-Based Access
    Control (RBAC): https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Clusters.RBAC.html).
    API reference, each call's page:
    https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateUserGroup.html
    https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_DescribeUserGroups.html
    https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_ModifyUserGroup.html
    https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_DeleteUserGroup.html
    The error texts are the emulator's own; their codes are the API reference's.
    """

    def members(backend, engine, user_ids):
        for user_id in user_ids:
            user = backend.users.get(user_id)
            if user is None:
                raise UserNotFound(user_id)
            kind = user.authentication.get("Type") or "no-password"
            if (engine or "").lower() == "valkey" and kind not in ("password", "iam"):
                raise InvalidParameterCombinationException(
                    f"User {user_id} authenticates with {kind}: a user group of engine valkey holds only users with a password or IAM.")

    def found(backend, group_id):
        group = _user_groups(backend).get((group_id or "").lower())
        if group is None:
            raise UserGroupNotFound(f"User group {group_id} not found.")
        return group

    def create(self):
        backend = self.elasticache_backend
        group_id = (self._get_param("UserGroupId") or "").lower()
        groups = _user_groups(backend)
        if group_id in groups:
            raise UserGroupAlreadyExists(f"User group {group_id} already exists.")
        engine = self._get_param("Engine")
        user_ids = self._get_params().get("UserIds") or []
        members(backend, engine, user_ids)
        arn = f"arn:aws:elasticache:{backend.region_name}:{backend.account_id}:usergroup:{group_id}"
        group = {
            "UserGroupId": group_id, "Status": "active", "Engine": engine.lower(), "UserIds": list(user_ids),
            "MinimumEngineVersion": "7.2", "ReplicationGroups": [], "ServerlessCaches": [], "ARN": arn,
        }
        groups[group_id] = group
        _tag_on_create(self, backend, arn)
        return ActionResult(group)

    def describe(self):
        backend = self.elasticache_backend
        group_id = self._get_param("UserGroupId")
        groups = [found(backend, group_id)] if group_id else list(_user_groups(backend).values())
        for group in groups:
            group["ReplicationGroups"] = sorted(
                g.replication_group_id for g in backend.replication_groups.values() if group["UserGroupId"] in (g.user_group_ids or []))
        return ActionResult({"UserGroups": groups})

    def modify(self):
        backend = self.elasticache_backend
        group = found(backend, self._get_param("UserGroupId"))
        add = self._get_params().get("UserIdsToAdd") or []
        remove = set(self._get_params().get("UserIdsToRemove") or [])
        members(backend, group["Engine"], add)
        group["UserIds"] = [u for u in group["UserIds"] if u not in remove] + [u for u in add if u not in group["UserIds"]]
        return ActionResult(group)

    def delete(self):
        backend = self.elasticache_backend
        group_id = (self._get_param("UserGroupId") or "").lower()
        group = found(backend, group_id)
        del _user_groups(backend)[group_id]
        backend.tagging_service.delete_all_tags_for_resource(group["ARN"])
        return ActionResult(dict(group, Status="deleting"))

    list_tags = Backend.list_tags_for_resource

    def list_tags_for_resource(self, arn):
        if ":usergroup:" in arn:
            return self.tagging_service.list_tags_for_resource(arn)
        return list_tags(self, arn)

    Response.create_user_group = create
    Response.describe_user_groups = describe
    Response.modify_user_group = modify
    Response.delete_user_group = delete
    Backend.list_tags_for_resource = list_tags_for_resource


def shard_calls():
    """Adds ModifyReplicationGroupShardConfiguration, which moto 5.2.1 lacks (HTTP 500): the provider's
    aws_elasticache_replication_group changes num_node_groups with it, then waits for the group to be
    available and reads the shards back (hashicorp/terraform-provider-aws,
    internal/service/elasticache/replication_group.go, modifyReplicationGroupShardConfiguration). New shards
    get moto's own member ids ({id}-000N-00M), with as many replicas as the first shard; removed shards are
    those named in NodeGroupsToRemove, else the last ones. Slots are not redistributed.
    https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_ModifyReplicationGroupShardConfiguration.html
    """

    def reshard(self):
        backend = self.elasticache_backend
        group_id = self._get_param("ReplicationGroupId")
        group = backend.replication_groups.get(group_id)
        if group is None:
            raise ReplicationGroupNotFound(group_id)
        if group.cluster_mode != "enabled":
            raise InvalidParameterCombinationException("Resharding is only for replication groups with cluster mode enabled.")
        target = self._get_int_param("NodeGroupCount")
        if target is None or target < 1:
            raise InvalidParameterValueException("NodeGroupCount must be 1 or more.")
        replicas = max(len(group.node_groups[0]["node_group_members"]) - 1, 0) if group.node_groups else 0
        if target > len(group.node_groups):
            for i in range(len(group.node_groups), target):
                node_group = {"node_group_id": f"{i + 1:0>4}", "status": "available", "node_group_members": [], "slots": ""}
                group._set_node_members_clusters_enabled(
                    member_clusters=group.member_clusters, replication_group_id=group_id, replicas_per_node_group=replicas,
                    node_group_configuration=None, node_group=node_group, member_clusters_outpost_arns=group.member_clusters_outpost_arns,
                )
                group.node_groups.append(node_group)
        else:
            named = self._get_params().get("NodeGroupsToRemove") or []
            removed = set(named) if named else {g["node_group_id"] for g in group.node_groups[target:]}
            for node_group in [g for g in group.node_groups if g["node_group_id"] in removed]:
                for member in node_group["node_group_members"]:
                    if member["cache_cluster_id"] in group.member_clusters:
                        group.member_clusters.remove(member["cache_cluster_id"])
                group.node_groups.remove(node_group)
        group.num_node_groups = len(group.node_groups)
        _sync_members(backend, group)
        return ActionResult({"ReplicationGroup": group})

    Response.modify_replication_group_shard_configuration = reshard


# Applied only when named (--with): they fit a provider version, not AWS.
OPTIONAL = {"provider5_token_default": provider5_token_default}

# In the order they are applied; `member_cluster_fields` only marks that member_clusters fills them.
PATCHES = {
    "member_clusters": member_clusters,
    "member_cluster_fields": member_cluster_fields,
    "reader_endpoint": reader_endpoint,
    "delete_replication_group": delete_replication_group,
    "modify_replication_group": modify_replication_group,
    "cache_subnet_group_calls": cache_subnet_group_calls,
    "apply_time_rules": apply_time_rules,
    "cache_parameter_group_calls": cache_parameter_group_calls,
    "user_group_calls": user_group_calls,
    "shard_calls": shard_calls,
}
APPLIED = set()


def apply(without=(), optional=()):
    """Applies every patch but those named in `without`, and the optional ones named; an unknown name is an error."""
    unknown = (set(without) - set(PATCHES)) | (set(optional) - set(OPTIONAL))
    if unknown:
        raise ValueError(f"unknown patch {', '.join(sorted(unknown))}; known: {', '.join([*PATCHES, *OPTIONAL])}")
    for name in optional:
        APPLIED.add(name)
        OPTIONAL[name]()
    for name, install in PATCHES.items():
        if name not in without:
            APPLIED.add(name)
            install()
