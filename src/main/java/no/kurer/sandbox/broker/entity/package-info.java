/** The sandbox broker's file transfers and their recipients (tables {@code sandbox_broker_*}, migration V5). */
package no.kurer.sandbox.broker.entity;
