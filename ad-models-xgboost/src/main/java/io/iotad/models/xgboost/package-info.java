/**
 * The supervised {@code xgboost} strategy: gradient-boosted trees (binary logistic objective) on the
 * native XGBoost library of xgboost4j (the version pinned in the parent pom), scoring P(fault) with one
 * flat in-place batch prediction on the dense values, TreeSHAP contributions per row, and a versioned
 * codec that stores the booster's own model bytes (models of the earlier xgboost4j 1.6 are converted on
 * load and score as they did).
 */
package io.iotad.models.xgboost;
