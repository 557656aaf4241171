/**
 * The supervised {@code xgboost} strategy: gradient-boosted trees (binary logistic objective) on the
 * native XGBoost library that Tribuo's XGBoost module brings in, scoring P(fault), with a batch
 * scoring path straight on a dense native matrix, TreeSHAP contributions per row, and a versioned
 * codec that stores the booster's own model bytes.
 */
package io.iotad.models.xgboost;
