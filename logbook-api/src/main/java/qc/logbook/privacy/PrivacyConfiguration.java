package qc.logbook.privacy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import qc.logbook.store.StoreProperties;

/** Keys, sealing and erasure of personal data. */
@Configuration(proxyBeanMethods = false)
class PrivacyConfiguration {

    @Bean
    MasterKey masterKey(@Value("${logbook.privacy.master-key:}") String configured, StoreProperties store) {
        return configured.isBlank() ? MasterKey.fromFile(store.dataDir().resolve("master.key"))
                : MasterKey.fromBase64(configured);
    }

    @Bean
    SubjectKeyStore subjectKeyStore(JdbcTemplate jdbc, MasterKey masterKey) {
        return new SubjectKeyStore(jdbc, masterKey);
    }

    @Bean
    SealedJson sealedJson(SubjectKeyStore keys) {
        return new SealedJson(keys);
    }

    @Bean
    TenantAccessLog tenantAccessLog(JdbcTemplate jdbc, SubjectKeyStore keys) {
        return new TenantAccessLog(jdbc, keys);
    }
}
