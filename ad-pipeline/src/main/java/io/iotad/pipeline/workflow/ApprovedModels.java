package io.iotad.pipeline.workflow;

import io.iotad.core.registry.ModelPackage;
import io.iotad.core.registry.ModelRegistry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The models an inference run scores with (its {@code GetApprovedModelPackage} step): the latest
 * approved model of the group, and the latest approved model of each {@code <group>.<archetype>}
 * group ({@code training.model_grouping: archetype}), which scores that archetype's buildings.
 *
 * @param global the group's approved model, which scores every building without a model of its own
 * @param own the archetypes' own models by archetype
 */
record ApprovedModels(ApprovedModel global, Map<String, ApprovedModel> own) {
    /** Reads an approved package back from its artifact. */
    @FunctionalInterface
    interface Loader {
        ApprovedModel load(ModelPackage pkg) throws IOException;
    }

    /**
     * @param registry the registry
     * @param group the inference group ({@code inference.model_group})
     * @param loader reads each package's artifact
     * @param facts the step's facts: model, strategy, trained_to, archetype_models, feature_profile,
     *     alert_threshold_from_labels
     * @return the approved models
     * @throws NoSuchElementException when the group has no approved model
     * @throws IOException when an artifact cannot be read
     */
    static ApprovedModels find(ModelRegistry registry, String group, Loader loader, Map<String, Object> facts)
            throws IOException {
        ModelPackage pkg = registry.latestApproved(group).orElseThrow(() -> new NoSuchElementException(
                "no Approved model in registry group '" + group + "'; train one and approve it (iotad registry approve)"));
        ApprovedModel global = loader.load(pkg);
        facts.put("model", pkg.id());
        facts.put("strategy", global.scoring().model().manifest().strategy());
        facts.put("trained_to", String.valueOf(global.scoring().model().manifest().lineage().lastDate()));
        // per-archetype models (training.model_grouping: archetype): group <group>.<archetype>
        Map<String, ApprovedModel> own = new TreeMap<>();
        String prefix = group + ".";
        for (String g : registry.groups()) {
            if (g.startsWith(prefix) && g.length() > prefix.length()) {
                Optional<ModelPackage> p = registry.latestApproved(g);
                if (p.isPresent()) {
                    own.put(g.substring(prefix.length()), loader.load(p.get()));
                }
            }
        }
        if (!own.isEmpty()) {
            Map<String, String> routes = new TreeMap<>();
            own.forEach((a, m) -> routes.put(a, m.pkg().id()));
            facts.put("archetype_models", routes);
        }
        facts.put("feature_profile", global.profile().isPresent());
        global.fromLabels().ifPresent(c -> facts.put("alert_threshold_from_labels", c.threshold()));
        return new ApprovedModels(global, own);
    }

    /** @return the global model first, then the archetypes' own */
    List<ApprovedModel> all() {
        List<ApprovedModel> out = new ArrayList<>();
        out.add(global);
        out.addAll(own.values());
        return out;
    }

    /**
     * @param archetype a building's archetype, null when it has none
     * @return the model that scores that building
     */
    ApprovedModel routeOf(String archetype) {
        ApprovedModel m = archetype == null ? null : own.get(archetype);
        return m == null ? global : m;
    }
}
