/** Pure exchange rules (knowledge gain, SME adoption) and the per-step funding ledger that proves conservation. */
package ayni.exchange;
