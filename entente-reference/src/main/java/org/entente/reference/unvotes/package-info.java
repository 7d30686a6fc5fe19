/**
 * UN General Assembly roll-call votes (Voeten's data) and the foreign-policy similarity measures
 * computed from them: raw agreement, Signorino and Ritter's S, and Häge's chance-corrected
 * Cohen's kappa and Scott's pi. See {@code docs/dyad-data.md}.
 */
package org.entente.reference.unvotes;
