/**
 * The unsupervised {@code one_class_svm} strategy: Schölkopf's one-class SVM with an RBF kernel,
 * trained by Tribuo's LibSVM anomaly trainer on standardised features, kept as an explicit RBF
 * decision function (support vectors, coefficients, offset) that scores without LibSVM and is
 * written by a versioned codec.
 */
package io.iotad.models.svm;
