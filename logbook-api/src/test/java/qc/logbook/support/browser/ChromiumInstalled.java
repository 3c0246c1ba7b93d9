package qc.logbook.support.browser;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs browser tests where Chromium and its driver are installed, and always in CI (where a missing browser must fail
 * the build, not skip it).
 */
public class ChromiumInstalled implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Browser.installed() || "true".equalsIgnoreCase(System.getenv("CI"))) {
            return ConditionEvaluationResult.enabled("Chromium " + Browser.CHROMIUM + ", driver " + Browser.DRIVER);
        }
        return ConditionEvaluationResult.disabled("Browser tests skipped: install Chromium and its driver "
                + "(Debian: apt-get install chromium chromium-driver) or set -Dlogbook.test.chromium and "
                + "-Dlogbook.test.chromedriver to their paths");
    }
}
