package org.mosaiccrm.kernel.impl.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.mosaiccrm.kernel.api.audit.AuditAction;
import org.mosaiccrm.kernel.api.audit.AuditLog;
import org.mosaiccrm.kernel.api.audit.FieldChange;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.kernel.api.security.PortalAccounts;
import org.mosaiccrm.kernel.api.schema.ModuleSchema;
import org.mosaiccrm.kernel.impl.schema.KernelSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Portal bindings in {@code KERNEL_PORTAL_ACCOUNT}: the user name is the key, so one customer per user. */
@Component(service = PortalAccounts.class)
public class JdbcPortalAccounts implements PortalAccounts {

    static final String TABLE = "KERNEL_PORTAL_ACCOUNT";

    private final DataSource dataSource;
    private final AuditLog audit;

    @Activate
    public JdbcPortalAccounts(@Reference(target = "(osgi.jndi.service.name=crm)") DataSource dataSource,
                              @Reference AuditLog audit,
                              @Reference(target = KernelSchema.TARGET) ModuleSchema schema) {
        this.dataSource = dataSource;
        this.audit = audit;
    }

    @Override
    public Optional<String> customerOf(String user) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT CUSTOMER_ID FROM " + TABLE + " WHERE USER_NAME = ?")) {
            select.setString(1, user);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read portal accounts: " + e.getMessage(), e);
        }
    }

    @Override
    public void bind(String user, String customerId) {
        if (user == null || user.isBlank() || user.length() > 128) {
            throw new ValidationException("user", "must be a user name of 1 to 128 characters");
        }
        if (customerId == null || customerId.isBlank() || customerId.length() > 64) {
            throw new ValidationException("customerId", "must be a customer id of 1 to 64 characters");
        }
        String before = customerOf(user).orElse(null);
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement update = connection.prepareStatement("UPDATE " + TABLE + " SET CUSTOMER_ID = ? WHERE USER_NAME = ?")) {
                update.setString(1, customerId);
                update.setString(2, user);
                if (update.executeUpdate() == 0) {
                    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE + " (USER_NAME, CUSTOMER_ID) VALUES (?, ?)")) {
                        insert.setString(1, user);
                        insert.setString(2, customerId);
                        insert.executeUpdate();
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot bind portal user: " + e.getMessage(), e);
        }
        audit.record("kernel", "portal-account", user, before == null ? AuditAction.CREATE : AuditAction.UPDATE,
                List.of(new FieldChange("customerId", before, customerId)));
    }

    @Override
    public void unbind(String user) {
        String before = customerOf(user).orElse(null);
        if (before == null) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM " + TABLE + " WHERE USER_NAME = ?")) {
            delete.setString(1, user);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot unbind portal user: " + e.getMessage(), e);
        }
        audit.record("kernel", "portal-account", user, AuditAction.DELETE, List.of(new FieldChange("customerId", before, null)));
    }

    @Override
    public Map<String, String> all() {
        Map<String, String> bindings = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT USER_NAME, CUSTOMER_ID FROM " + TABLE);
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                bindings.put(rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read portal accounts: " + e.getMessage(), e);
        }
        return bindings;
    }
}
