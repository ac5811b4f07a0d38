package org.mosaiccrm.inventory.impl.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.mosaiccrm.commons.jpa.JpaTransactions;
import org.mosaiccrm.contacts.api.PersonalDataHolder;
import org.mosaiccrm.inventory.impl.InventoryModule;
import org.mosaiccrm.inventory.impl.orders.OrderDesk;
import org.mosaiccrm.inventory.impl.persistence.OrderEntity;
import org.mosaiccrm.kernel.api.audit.AuditLog;
import org.mosaiccrm.kernel.api.schema.ModuleSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Inventory's part of a customer's rights of access and erasure (docs/security.md, "Personal data"): their
 * orders and warranties are listed; on erasure, the free text they may have written (special instructions)
 * is blanked and the audit records redacted. Orders, amounts and serial numbers stay: accounting must keep
 * them, and they name nobody once the customer's record is anonymous. Not gated by the license.
 */
@Component(service = PersonalDataHolder.class)
public class InventoryPersonalData implements PersonalDataHolder {

    private final JpaTemplate jpa;
    private final AuditLog audit;

    @Activate
    public InventoryPersonalData(@Reference(target = "(osgi.unit.name=" + InventoryModule.NAME + ")") JpaTemplate jpa,
                                 @Reference(target = InventoryModule.SCHEMA_READY) ModuleSchema schema,
                                 @Reference AuditLog audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    @Override
    public String module() {
        return InventoryModule.NAME;
    }

    @Override
    public Map<String, Object> personalData(String customerId) {
        return JpaTransactions.required(jpa, em -> {
            List<Map<String, Object>> orders = em.createQuery("SELECT o FROM OrderEntity o WHERE o.customerId = :c ORDER BY o.placedAt",
                    OrderEntity.class).setParameter("c", customerId).getResultList().stream().map(o -> {
                        Map<String, Object> order = new LinkedHashMap<>();
                        order.put("number", o.number);
                        order.put("placedAt", o.placedAt);
                        order.put("status", o.status);
                        order.put("total", o.total + " " + o.currency);
                        order.put("instructions", o.instructions);
                        return order;
                    }).toList();
            List<String> serials = em.createQuery("SELECT w.serialNumber FROM WarrantyEntity w WHERE w.customerId = :c", String.class)
                    .setParameter("c", customerId).getResultList();
            Map<String, Object> data = new LinkedHashMap<>();
            if (!orders.isEmpty()) {
                data.put("orders", orders);
            }
            if (!serials.isEmpty()) {
                data.put("warranties", serials);
            }
            return data;
        });
    }

    @Override
    public int erase(String customerId) {
        return JpaTransactions.required(jpa, em -> {
            List<OrderEntity> orders = em.createQuery("SELECT o FROM OrderEntity o WHERE o.customerId = :c", OrderEntity.class)
                    .setParameter("c", customerId).getResultList();
            for (OrderEntity order : orders) {
                order.instructions = null;
                audit.redact(InventoryModule.NAME, OrderDesk.ENTITY, order.id);
            }
            em.flush();
            return orders.size();
        });
    }
}
