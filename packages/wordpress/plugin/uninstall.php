<?php
/**
 * Deleting the plugin removes its one option; it stores nothing else.
 *
 * @package Repere
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'repere_default_feed' );
